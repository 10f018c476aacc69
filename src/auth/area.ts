import type { Area } from '../registry/descriptor.js';
import { keyMutations, keyQueries } from './resolvers.js';

export const authArea = { folder: 'auth', queries: keyQueries, mutations: keyMutations } satisfies Area;
