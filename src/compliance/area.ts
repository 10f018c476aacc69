import type { Area } from '../registry/descriptor.js';
import { complianceQueries } from './resolvers.js';

export const complianceArea = { folder: 'compliance', queries: complianceQueries } satisfies Area;
