import DataLoader from 'dataloader';
import { and, eq, gte, lte } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { EdgeConnectionLoader } from '../graph/loaders/edge-connection.js';
import type { IncidentRow } from '../graph/models.js';
import { incidentLinksBy, placementsBy } from './asset-links.js';
import { detectionLagsByIncident, timingsByIncident } from './detection-lag.js';
import { recurrencesBy } from './follow-through.js';
import { assetHistoryBy, partyHistoryBy } from './history.js';
import type { Dimension, HistoryEntryModel, RelatedIncidentModel } from './models.js';
import { relatedIncidentsBy } from './related-incidents.js';

/** One loader per distinct argument value, so a batch shares its arguments. */
function perArgument<K, V>(make: (argument: K) => V): (argument: K) => V {
  const made = new Map<string, V>();
  return (argument) => {
    const key = JSON.stringify(argument);
    if (!made.has(key)) made.set(key, make(argument));
    return made.get(key)!;
  };
}

/** Per-request batching for the analytic fields on incidents, assets, parties, causes and recommendations. */
export function createAnalyticsLoaders(db: AppDb, incidentById: DataLoader<string, IncidentRow | null>) {
  return {
    timings: new DataLoader((ids: readonly string[]) => timingsByIncident(db, ids)),
    incidentLinksOfAsset: new DataLoader((ids: readonly string[]) => incidentLinksBy(db, ids)),
    placementsOfAsset: new DataLoader((ids: readonly string[]) => placementsBy(db, ids)),
    detectionLags: new DataLoader((ids: readonly string[]) => detectionLagsByIncident(db, ids)),
    recurrencesOfRecommendation: new DataLoader((ids: readonly string[]) => recurrencesBy(db, 'recommendation', ids)),
    recurrencesOfCause: new DataLoader((ids: readonly string[]) => recurrencesBy(db, 'cause', ids)),
    relatedIncidents: perArgument((first: number) => new DataLoader<string, RelatedIncidentModel[]>((ids) => relatedIncidentsBy(db, ids, first))),
    assetHistory: perArgument((first: number) => new DataLoader<string, HistoryEntryModel[]>((ids) => assetHistoryBy(db, ids, first))),
    partyHistory: perArgument((first: number) => new DataLoader<string, HistoryEntryModel[]>((ids) => partyHistoryBy(db, ids, first))),
    // Keyed by the dimension's own key with the dimension as a condition: memberships as kept at write time.
    patternIncidents: perArgument(({ dimension, since, until }: { dimension: Dimension; since: string | null; until: string | null }) =>
      new EdgeConnectionLoader<IncidentRow>(
        db,
        {
          name: 'pattern_incidents', source: t.patternMembers, parent: t.patternMembers.key, child: t.patternMembers.incidentId,
          targetId: t.incidents.id, targetTable: t.incidents, order: { columns: [t.patternMembers.startedOn, t.patternMembers.incidentId], descending: true },
          where: and(eq(t.patternMembers.dimension, dimension), since ? gte(t.patternMembers.startedOn, since) : undefined, until ? lte(t.patternMembers.startedOn, until) : undefined),
        },
        incidentById,
      )),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;
