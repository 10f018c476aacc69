import type { CauseResolvers, LinkResolvers, MutationResolvers, ProvenanceResolvers, QueryResolvers, RecommendationResolvers, SignOffResolvers } from '../generated/resolvers.js';
import { connectionResolvers, optional, provenanceOf, required } from '../graph/field-helpers.js';
import { toGlobalId } from '../graph/ids.js';
import { isOverdue, listCausesNeedingReview, listLearnedCues, listRecommendations } from './repository.js';
import { linkNodes, unlinkNodes } from './links.js';
import * as causes from './service.js';

export const causeQueries: Pick<QueryResolvers, 'recommendations' | 'causesNeedingReview' | 'learnedCategoryCues'> = {
  recommendations: (_, args, { db }) => listRecommendations(db, args),
  causesNeedingReview: (_, args, { db }) => listCausesNeedingReview(db, args),
  learnedCategoryCues: (_, __, { db }) => listLearnedCues(db),
};

export const causeMutations: Pick<
  MutationResolvers,
  'addCause' | 'updateCause' | 'addRecommendation' | 'updateRecommendation' | 'addSignOff' | 'linkNodes' | 'unlinkNodes'
> = {
  addCause: (_, { input }, context) => causes.addCause(context, input),
  updateCause: (_, { input }, context) => causes.updateCause(context, input),
  addRecommendation: (_, { input }, context) => causes.addRecommendation(context, input),
  updateRecommendation: (_, { input }, context) => causes.updateRecommendation(context, input),
  addSignOff: (_, { input }, context) => causes.addSignOff(context, input),
  linkNodes: (_, { fromId, toId }, context) => linkNodes(context, fromId, toId),
  unlinkNodes: (_, { fromId, toId }, context) => unlinkNodes(context, fromId, toId),
};

export const Cause: CauseResolvers = {
  id: (row) => toGlobalId('Cause', row.id),
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  since: (row) => row.sinceOn,
  assets: (row, _, { loaders }) => loaders.assetsByCause.load(row.id),
  recommendations: (row, _, { loaders }) => loaders.recommendationsByCause.load(row.id),
  provenance: (row) => provenanceOf(row),
  categoriesSetByAnalyst: (row) => row.categoriesByAnalyst,
};

export const Recommendation: RecommendationResolvers = {
  id: (row) => toGlobalId('Recommendation', row.id),
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  ownerParty: (row, _, { loaders }) => optional(loaders.partyById, row.ownerPartyId),
  ownerTeam: (row, _, { loaders }) => optional(loaders.teamById, row.ownerTeamId),
  verifiedBy: (row, _, { loaders }) => optional(loaders.partyById, row.verifiedByPartyId),
  overdue: (row) => isOverdue(row),
  causes: (row, _, { loaders }) => loaders.causesByRecommendation.load(row.id),
  assets: (row, _, { loaders }) => loaders.assetsByRecommendation.load(row.id),
  provenance: (row) => provenanceOf(row),
};

export const SignOff: SignOffResolvers = {
  id: (row) => toGlobalId('SignOff', row.id),
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  party: (row, _, { loaders }) => optional(loaders.partyById, row.partyId),
  provenance: (row) => provenanceOf(row),
};

export const Provenance: ProvenanceResolvers = {
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  excerpt: async (row, _, { loaders }) => {
    const incident = await loaders.incidentById.load(row.incidentId);
    return incident?.sourceMarkdown?.split('\n').slice(row.startLine - 1, row.endLine).join('\n') ?? null;
  },
};

export const Link: LinkResolvers = {};

export const causeConnections = { RecommendationConnection: connectionResolvers, CauseConnection: connectionResolvers };
