import { snapshotAsOf } from '../audit/trail.js';
import type { MutationResolvers, QueryResolvers, RecommendationResolvers } from '../generated/resolvers.js';
import { connectionResolvers, optional, provenanceOf, required } from '../graph/field-helpers.js';
import { decodeGlobalId, toGlobalId } from '../graph/ids.js';
import type { RecommendationRow } from '../graph/models.js';
import { isOverdue, listRecommendations } from './repository.js';
import { addRecommendation, changeRecommendationStatus, updateRecommendation } from './service.js';

export const recommendationQueries: Pick<QueryResolvers, 'recommendation' | 'recommendations'> = {
  recommendations: (_, args, { db }) => listRecommendations(db, args),
  recommendation: async (_, { id, asOf }, { db, loaders }) => {
    const rowId = decodeGlobalId(id, 'Recommendation').id;
    if (!asOf) return loaders.recommendationById.load(rowId);
    return (await snapshotAsOf<RecommendationRow>(db, 'Recommendation', rowId, asOf)) ?? null;
  },
};

export const recommendationMutations: Pick<MutationResolvers, 'addRecommendation' | 'updateRecommendation' | 'changeRecommendationStatus'> = {
  addRecommendation: (_, { input }, context) => addRecommendation(context, input),
  updateRecommendation: (_, { input }, context) => updateRecommendation(context, input),
  changeRecommendationStatus: (_, { input }, context) => changeRecommendationStatus(context, input),
};

export const Recommendation: RecommendationResolvers = {
  id: (row) => toGlobalId('Recommendation', row.id),
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  ownerParty: (row, _, { loaders }) => optional(loaders.partyById, row.ownerPartyId),
  ownerTeam: (row, _, { loaders }) => optional(loaders.teamById, row.ownerTeamId),
  verifiedBy: (row, _, { loaders }) => optional(loaders.partyById, row.verifiedByPartyId),
  overdue: (row) => isOverdue(row),
  causes: (row, _, { loaders }) => loaders.causesByRecommendation.load(row.id),
  causeLinks: (row, _, { loaders }) => loaders.causeLinksByRecommendation.load(row.id),
  assets: (row, _, { loaders }) => loaders.assetsByRecommendation.load(row.id),
  provenance: (row) => provenanceOf(row),
};

export const recommendationConnections = { RecommendationConnection: connectionResolvers };
