import { snapshotAsOf } from '../audit/trail.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { decodeGlobalId } from '../graph/ids.js';
import type { RecommendationRow } from '../graph/models.js';
import { changeRecommendationStatus } from './service.js';

export const recommendationQueries: Pick<QueryResolvers, 'recommendation'> = {
  recommendation: async (_, { id, asOf }, { db, loaders }) => {
    const rowId = decodeGlobalId(id, 'Recommendation').id;
    if (!asOf) return loaders.recommendationById.load(rowId);
    return (await snapshotAsOf<RecommendationRow>(db, 'Recommendation', rowId, asOf)) ?? null;
  },
};

export const recommendationMutations: Pick<MutationResolvers, 'changeRecommendationStatus'> = {
  changeRecommendationStatus: (_, { input }, context) => changeRecommendationStatus(context, input),
};
