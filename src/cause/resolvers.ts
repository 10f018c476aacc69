import type { CauseResolvers, MutationResolvers, ProvenanceResolvers, QueryResolvers, SignOffResolvers } from '../generated/resolvers.js';
import { connectionResolvers, optional, provenanceOf, required } from '../graph/field-helpers.js';
import { toGlobalId } from '../graph/ids.js';
import { listCausesNeedingReview, listLearnedCues } from './repository.js';
import * as causes from './service.js';

export const causeQueries: Pick<QueryResolvers, 'causesNeedingReview' | 'learnedCategoryCues'> = {
  causesNeedingReview: (_, args, { db }) => listCausesNeedingReview(db, args),
  learnedCategoryCues: (_, __, { db }) => listLearnedCues(db),
};

export const causeMutations: Pick<MutationResolvers, 'addCause' | 'updateCause' | 'addSignOff'> = {
  addCause: (_, { input }, context) => causes.addCause(context, input),
  updateCause: (_, { input }, context) => causes.updateCause(context, input),
  addSignOff: (_, { input }, context) => causes.addSignOff(context, input),
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

export const causeConnections = { CauseConnection: connectionResolvers };
