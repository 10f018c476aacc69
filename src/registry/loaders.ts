import type { AppDb } from '../../db/types.js';
import { analyticsLoaders } from '../analytics/registry.js';
import { assetLoaders } from '../asset/registry.js';
import { causeLoaders } from '../cause/registry.js';
import type { Loaders } from '../graph/context.js';
import { incidentLoaders } from '../incident/registry.js';
import { partyLoaders } from '../party/registry.js';
import { recommendationLoaders } from '../recommendation/registry.js';
import { serviceLoaders } from '../service/registry.js';
import { teamLoaders } from '../team/registry.js';

/**
 * Every loader a request may use, one line per area, built fresh per request
 * (and after each mutation) so no cache outlives the data it read.
 */
export function createLoaders(db: AppDb): Loaders {
  const incident = incidentLoaders(db);
  return {
    ...incident,
    ...assetLoaders(db, incident),
    ...partyLoaders(db, incident),
    ...teamLoaders(db, incident),
    ...serviceLoaders(db, incident),
    ...causeLoaders(db),
    ...recommendationLoaders(db),
    ...analyticsLoaders(db, incident),
  };
}
