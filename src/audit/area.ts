import type { Area } from '../registry/descriptor.js';
import { AuditEntry, auditConnections, auditQueries } from './resolvers.js';

export const auditArea = { folder: 'audit', queries: auditQueries, types: { AuditEntry, ...auditConnections } } satisfies Area;
