import type { Area } from '../registry/descriptor.js';
import { analyticsLoaders } from './registry.js';
import * as analytics from './resolvers.js';

/** Read-only views over the graph: its own result types, and fields it adds to the entities. */
export const analyticsArea = {
  folder: 'analytics',
  loaders: analyticsLoaders,
  queries: analytics.analyticsQueries,
  types: {
    Incident: analytics.incidentAnalytics,
    Asset: analytics.assetAnalytics,
    Party: analytics.partyAnalytics,
    Cause: analytics.causeAnalytics,
    Recommendation: analytics.recommendationAnalytics,
    Pattern: analytics.Pattern,
    SpareHardwareGap: analytics.SpareHardwareGap,
    HardwareWait: analytics.HardwareWait,
    DetectionLag: analytics.DetectionLag,
    Recurrence: analytics.Recurrence,
    RelatedIncident: analytics.RelatedIncident,
    HistoryEntry: analytics.HistoryEntry,
    SearchHit: analytics.SearchHit,
    GapChecks: analytics.GapChecks,
    AssetIncidentLink: analytics.AssetIncidentLink,
    AssetPlacement: analytics.AssetPlacement,
  },
} satisfies Area;
