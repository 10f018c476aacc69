import * as t from '../../db/schema/index.js';
import type { NodeType } from '../graph/ids.js';

/** The table behind each node type. */
export const nodeTables = {
  Incident: t.incidents,
  TimelineEvent: t.timelineEvents,
  Asset: t.assets,
  AssetFact: t.assetFacts,
  Party: t.parties,
  Team: t.teams,
  Service: t.services,
  Cause: t.causes,
  Recommendation: t.recommendations,
  SignOff: t.signOffs,
} as const satisfies Record<NodeType, unknown>;
