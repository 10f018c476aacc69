import type * as t from '../../db/schema/index.js';
import type { NodeType, NodeTypes } from './ids.js';
import type { PageOf } from './keyset.js';

// What resolvers pass around for each GraphQL type: database rows, so edges resolve through loaders.
export type IncidentRow = typeof t.incidents.$inferSelect;
export type TimelineEventRow = typeof t.timelineEvents.$inferSelect;
export type AssetRow = typeof t.assets.$inferSelect;
export type AssetFactRow = typeof t.assetFacts.$inferSelect;
export type PartyRow = typeof t.parties.$inferSelect;
export type TeamRow = typeof t.teams.$inferSelect;
export type ServiceRow = typeof t.services.$inferSelect;
export type CauseRow = typeof t.causes.$inferSelect;
export type RecommendationRow = typeof t.recommendations.$inferSelect;
export type SignOffRow = typeof t.signOffs.$inferSelect;

export interface ProvenanceModel {
  incidentId: string;
  startLine: number;
  endLine: number;
  rule: string;
}

export interface ParticipantModel {
  party: PartyRow;
  roles: (typeof t.incidentRole.enumValues)[number][];
}

export interface ServiceImpactModel {
  service: ServiceRow;
  impact: (typeof t.serviceImpact.enumValues)[number];
}

/** A page plus a lazily counted total: the count query runs only when `totalCount` is asked for. */
export interface ConnectionModel<T> extends PageOf<T> {
  totalCount: () => Promise<number>;
}

/** A row of any node type, tagged with its type: one variant per type the areas declare into NodeTypes. */
export type NodeRow = { [Type in NodeType]: { __typename: Type } & NodeTypes[Type] }[NodeType];

export interface LinkModel {
  from: NodeRow;
  to: NodeRow;
}

/** Rows of any node type carry a provenance when they were read from a report. */
export interface WithProvenance {
  sourceStartLine: number | null;
  sourceEndLine: number | null;
  sourceRule: string | null;
}

export type IncidentConnectionModel = ConnectionModel<IncidentRow>;
export type TimelineEventConnectionModel = ConnectionModel<TimelineEventRow>;
export type AssetConnectionModel = ConnectionModel<AssetRow>;
export type PartyConnectionModel = ConnectionModel<PartyRow>;
export type TeamConnectionModel = ConnectionModel<TeamRow>;
export type ServiceConnectionModel = ConnectionModel<ServiceRow>;
export type RecommendationConnectionModel = ConnectionModel<RecommendationRow>;
export type CauseConnectionModel = ConnectionModel<CauseRow>;
export type LearnedCategoryCueRow = typeof t.learnedCategoryCues.$inferSelect;

/** A link from a timeline event to an entity it names, with the link's provenance. */
export interface MentionModel {
  node: NodeRow;
  provenance: ProvenanceModel | null;
}
