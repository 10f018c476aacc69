import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { rowsById, rowsByParent, rowsThroughLink } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';

/** Causes and sign-offs of incidents, and what a cause touches. */
export function causeLoaders(db: AppDb) {
  return {
    causeById: rowsById<m.CauseRow>(db, t.causes),
    signOffById: rowsById<m.SignOffRow>(db, t.signOffs),
    causesByIncident: rowsByParent<m.CauseRow>(db, t.causes, t.causes.incidentId, [t.causes.position]),
    signOffsByIncident: rowsByParent<m.SignOffRow>(db, t.signOffs, t.signOffs.incidentId, [t.signOffs.position]),
    assetsByCause: rowsThroughLink<m.AssetRow>(db, { table: t.causeAssets, parent: t.causeAssets.causeId, child: t.causeAssets.assetId }, t.assets, [t.assets.name]),
    recommendationsByCause: rowsThroughLink<m.RecommendationRow>(db, { table: t.recommendationCauses, parent: t.recommendationCauses.causeId, child: t.recommendationCauses.recommendationId }, t.recommendations, [t.recommendations.position]),
  };
}

declare module '../graph/context.js' { interface Loaders extends ReturnType<typeof causeLoaders> {} }

export const causeNodes = {
  Cause: { table: t.causes, byId: (loaders) => loaders.causeById },
  SignOff: { table: t.signOffs, byId: (loaders) => loaders.signOffById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof causeNodes> {} }
