export * from './enums.js';
export * from './incident.js';
export * from './organisation.js';
export * from './asset.js';
export * from './cause.js';
export * from './links.js';
export * from './audit.js';
export * from './api-key.js';
