import * as analytics from '../analytics/resolvers.js';
import { Asset, AssetFact, assetConnections, assetMutations, assetQueries } from '../asset/resolvers.js';
import { Cause, Provenance, SignOff, causeConnections, causeMutations, causeQueries } from '../cause/resolvers.js';
import { Link, linkMutations } from '../link/resolvers.js';
import type { Resolvers } from '../generated/resolvers.js';
import { ImportResult, ImportedEntity, importMutations } from '../import/resolvers.js';
import { incidentMutations } from '../incident/mutations.js';
import { Incident, TimelineEvent, incidentConnections, incidentQueries } from '../incident/resolvers.js';
import { Node, nodeQueries } from '../node/resolvers.js';
import { DateTime, LocalDate } from '../graph/scalars.js';
import { Party, partyConnections, partyMutations, partyQueries } from '../party/resolvers.js';
import { Team, teamConnections, teamMutations, teamQueries } from '../team/resolvers.js';
import { Service, serviceConnections, serviceMutations, serviceQueries } from '../service/resolvers.js';
import { AuditEntry, auditConnections, auditQueries } from '../audit/resolvers.js';
import { guardMutations } from '../auth/guard.js';
import { keyMutations, keyQueries } from '../auth/resolvers.js';
import { Recommendation, recommendationConnections, recommendationMutations, recommendationQueries } from '../recommendation/resolvers.js';
import { complianceQueries } from '../compliance/resolvers.js';
import { JSONResolver } from 'graphql-scalars';
import * as webhook from '../webhook/resolvers.js';

/** Every area's resolvers in one map; each area owns its part of Query and Mutation. */
export const resolvers: Resolvers = {
  DateTime,
  Date: LocalDate,
  JSON: JSONResolver,
  Query: {
    ...nodeQueries, ...incidentQueries, ...assetQueries, ...partyQueries, ...teamQueries, ...serviceQueries, ...causeQueries, ...analytics.analyticsQueries,
    ...auditQueries, ...keyQueries, ...recommendationQueries, ...complianceQueries, ...webhook.webhookQueries,
  },
  Mutation: guardMutations({
    ...incidentMutations, ...assetMutations, ...partyMutations, ...teamMutations, ...serviceMutations, ...causeMutations, ...linkMutations, ...importMutations, ...keyMutations, ...recommendationMutations,
    ...webhook.webhookMutations,
  }),
  Node,
  Incident: { ...Incident, ...analytics.incidentAnalytics },
  TimelineEvent,
  Asset: { ...Asset, ...analytics.assetAnalytics },
  AssetFact,
  Party: { ...Party, ...analytics.partyAnalytics },
  Team,
  Service,
  Cause: { ...Cause, ...analytics.causeAnalytics },
  Recommendation: { ...Recommendation, ...analytics.recommendationAnalytics },
  SignOff,
  Provenance,
  Link,
  ImportResult,
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
  ImportedEntity,
  AuditEntry,
  ...incidentConnections,
  ...assetConnections,
  ...partyConnections,
  ...teamConnections,
  ...serviceConnections,
  ...recommendationConnections,
  ...causeConnections,
  ...auditConnections,
  WebhookSubscription: webhook.WebhookSubscription,
  WebhookFilter: webhook.WebhookFilter,
  WebhookEvent: webhook.WebhookEvent,
  WebhookDelivery: webhook.WebhookDelivery,
  ...webhook.webhookConnections,
};
