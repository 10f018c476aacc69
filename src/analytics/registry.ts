import type { AppDb } from '../../db/types.js';
import type { IncidentLoaders } from '../incident/registry.js';
import { createAnalyticsLoaders, type AnalyticsLoaders } from './loaders.js';

export const analyticsLoaders = (db: AppDb, { incidentById }: Pick<IncidentLoaders, 'incidentById'>) => ({
  analytics: createAnalyticsLoaders(db, incidentById),
});

declare module '../graph/context.js' {
  interface Loaders {
    analytics: AnalyticsLoaders;
  }
}
