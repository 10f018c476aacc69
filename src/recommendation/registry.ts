import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { rowsById, rowsByParent, rowsThroughLink } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';
import { causeLinksByRecommendation } from './cause-links.js';

export function recommendationLoaders(db: AppDb) {
  return {
    recommendationById: rowsById<m.RecommendationRow>(db, t.recommendations),
    recommendationsByIncident: rowsByParent<m.RecommendationRow>(db, t.recommendations, t.recommendations.incidentId, [t.recommendations.position]),
    causesByRecommendation: rowsThroughLink<m.CauseRow>(db, { table: t.recommendationCauses, parent: t.recommendationCauses.recommendationId, child: t.recommendationCauses.causeId }, t.causes, [t.causes.position]),
    causeLinksByRecommendation: causeLinksByRecommendation(db),
    assetsByRecommendation: rowsThroughLink<m.AssetRow>(db, { table: t.recommendationAssets, parent: t.recommendationAssets.recommendationId, child: t.recommendationAssets.assetId }, t.assets, [t.assets.name]),
  };
}

declare module '../graph/context.js' { interface Loaders extends ReturnType<typeof recommendationLoaders> {} }

export const recommendationNodes = {
  Recommendation: { table: t.recommendations, byId: (loaders) => loaders.recommendationById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof recommendationNodes> {} }
