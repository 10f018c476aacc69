import type {
  AssetIncidentLinkResolvers, AssetPlacementResolvers, AssetResolvers, CauseResolvers, DetectionLagResolvers, GapChecksResolvers, HardwareWaitResolvers, HistoryEntryResolvers,
  IncidentResolvers, PartyResolvers, PatternResolvers, QueryResolvers, RecommendationResolvers, RecurrenceResolvers,
  RelatedIncidentResolvers, SearchHitResolvers, SpareHardwareGapResolvers,
} from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { optional, provenanceOf, required } from '../graph/field-helpers.js';
import { toGlobalId, type NodeType } from '../graph/ids.js';
import type { NodeRow } from '../graph/models.js';
import { pageRequest, pageSize } from '../graph/page-args.js';
import { loadNode } from '../graph/node-kind.js';
import { detectionLags } from './detection-lag.js';
import { followThrough, recurrences } from './follow-through.js';
import { gapChecks } from './gap-checks.js';
import { recurringPatterns } from './recurring-patterns.js';
import { search } from './search.js';
import { spareHardwareGaps } from './spare-hardware-gaps.js';

/** Rows for IDs in one batch, dropping any that vanished since the statement ran. */
async function present<T>(loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> }, ids: readonly string[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((row): row is Awaited<T> => row !== null && !(row instanceof Error)) as T[];
}

const searchKindType: Record<string, NodeType> = { INCIDENT: 'Incident', TIMELINE_EVENT: 'TimelineEvent', CAUSE: 'Cause', RECOMMENDATION: 'Recommendation' };

export const analyticsQueries: Pick<
  QueryResolvers,
  'recurringPatterns' | 'spareHardwareGaps' | 'detectionLags' | 'recommendationFollowThrough' | 'recurrences' | 'search' | 'gapChecks'
> = {
  recurringPatterns: (_, args, { db }) => recurringPatterns(db, args),
  spareHardwareGaps: (_, args, { db }) => spareHardwareGaps(db, args),
  detectionLags: (_, args, { db }) => detectionLags(db, args),
  recommendationFollowThrough: (_, __, { db }) => followThrough(db),
  recurrences: (_, { first }, { db }) => recurrences(db, first),
  search: async (_, { text, first }, context: GraphQLContext) => {
    const hits = await search(context.db, text, first);
    const { loaders } = context;
    const nodes = await Promise.all(hits.map((hit) => loadNode(loaders, searchKindType[hit.kind]!, hit.id)));
    return hits.flatMap((hit, i) =>
      nodes[i] ? [{ kind: hit.kind, incidentId: hit.incident_id, rank: hit.rank, headline: hit.headline, node: nodes[i] as NodeRow }] : [],
    );
  },
  gapChecks: (_, __, { db }) => gapChecks(db),
};

export const Pattern: PatternResolvers = {
  key: (pattern) => {
    const type = { ASSET: 'Asset', SERVICE: 'Service', TEAM: 'Team', PARTY: 'Party' } as const;
    return pattern.dimension === 'CAUSE_CATEGORY' || pattern.dimension === 'CAUSE_FAMILY' ? pattern.rawKey : toGlobalId(type[pattern.dimension], pattern.rawKey);
  },
  incidents: (pattern, args, { loaders }) =>
    loaders.analytics
      .patternIncidents({ dimension: pattern.dimension, since: pattern.since, until: pattern.until })
      .load(pattern.rawKey, pageRequest(args, 2), pattern.incidentCount),
};

export const SpareHardwareGap: SpareHardwareGapResolvers = {
  asset: (gap, _, { loaders }) => required(loaders.assetById, gap.assetId, 'Asset'),
  evidence: (gap, { first }, { loaders }) => present(loaders.incidentById, gap.evidenceIds.slice(0, pageSize(first, 10))),
  evidenceCount: (gap) => gap.evidenceIds.length,
  daysWaitingForHardware: (gap) => (gap.hardwareWaits.length ? gap.hardwareWaits.reduce((sum, w) => sum + w.days, 0) : null),
};

export const HardwareWait: HardwareWaitResolvers = {
  incident: (wait, _, { loaders }) => required(loaders.incidentById, wait.incidentId, 'Incident'),
  asset: (wait, _, { loaders }) => required(loaders.assetById, wait.assetId, 'Asset'),
};

export const DetectionLag: DetectionLagResolvers = {
  incident: (lag, _, { loaders }) => required(loaders.incidentById, lag.incidentId, 'Incident'),
  asset: (lag, _, { loaders }) => optional(loaders.assetById, lag.assetId),
};

export const Recurrence: RecurrenceResolvers = {
  recommendation: (r, _, { loaders }) => required(loaders.recommendationById, r.recommendationId, 'Recommendation'),
  cause: (r, _, { loaders }) => required(loaders.causeById, r.causeId, 'Cause'),
  incident: (r, _, { loaders }) => required(loaders.incidentById, r.incidentId, 'Incident'),
};

export const RelatedIncident: RelatedIncidentResolvers = {
  incident: (r, _, { loaders }) => required(loaders.incidentById, r.incidentId, 'Incident'),
};

export const HistoryEntry: HistoryEntryResolvers = {
  incident: (entry, _, { loaders }) => required(loaders.incidentById, entry.incidentId, 'Incident'),
};

export const SearchHit: SearchHitResolvers = {
  incident: (hit, _, { loaders }) => required(loaders.incidentById, hit.incidentId, 'Incident'),
};

export const AssetIncidentLink: AssetIncidentLinkResolvers = {
  incident: (link, _, { loaders }) => required(loaders.incidentById, link.incidentId, 'Incident'),
};

export const AssetPlacement: AssetPlacementResolvers = {
  host: (p, _, { loaders }) => optional(loaders.assetById, p.hostId),
  incident: (p, _, { loaders }) => optional(loaders.incidentById, p.incidentId),
  provenance: (p) => (p.incidentId ? provenanceOf({ ...p, incidentId: p.incidentId }) : null),
};

export const GapChecks: GapChecksResolvers = {
  causesWithoutRecommendation: (checks, _, { loaders }) => present(loaders.causeById, checks.causesWithoutRecommendation),
  recommendationsWithoutOwnerOrDueDate: (checks, _, { loaders }) => present(loaders.recommendationById, checks.recommendationsWithoutOwnerOrDueDate),
  criticalAssetsWithoutOwnerOrSite: (checks, _, { loaders }) => present(loaders.assetById, checks.criticalAssetsWithoutOwnerOrSite),
  incidentsWithoutVerification: (checks, _, { loaders }) => present(loaders.incidentById, checks.incidentsWithoutVerification),
  causesNeedingReview: (checks, _, { loaders }) => present(loaders.causeById, checks.causesNeedingReview),
};

export const incidentAnalytics: Pick<IncidentResolvers, 'relatedIncidents' | 'timings' | 'detectionLags'> = {
  relatedIncidents: (row, { first }, { loaders }) => loaders.analytics.relatedIncidents(pageSize(first, 10)).load(row.id),
  timings: (row, _, { loaders }) => loaders.analytics.timings.load(row.id),
  detectionLags: (row, _, { loaders }) => loaders.analytics.detectionLags.load(row.id),
};

export const assetAnalytics: Pick<AssetResolvers, 'history' | 'incidentLinks' | 'placements'> = {
  history: (row, { first }, { loaders }) => loaders.analytics.assetHistory(pageSize(first, 50)).load(row.id),
  incidentLinks: (row, _, { loaders }) => loaders.analytics.incidentLinksOfAsset.load(row.id),
  placements: (row, _, { loaders }) => loaders.analytics.placementsOfAsset.load(row.id),
};

export const partyAnalytics: Pick<PartyResolvers, 'history'> = {
  history: (row, { first }, { loaders }) => loaders.analytics.partyHistory(pageSize(first, 50)).load(row.id),
};

export const recommendationAnalytics: Pick<RecommendationResolvers, 'recurrences'> = {
  recurrences: (row, _, { loaders }) => loaders.analytics.recurrencesOfRecommendation.load(row.id),
};

export const causeAnalytics: Pick<CauseResolvers, 'earlierRecommendations'> = {
  earlierRecommendations: (row, _, { loaders }) => loaders.analytics.recurrencesOfCause.load(row.id),
};
