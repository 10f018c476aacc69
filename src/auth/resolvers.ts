import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { createApiKey, listApiKeys, revokeApiKey } from './key-service.js';

export const keyQueries: Pick<QueryResolvers, 'apiKeys'> = {
  apiKeys: (_, __, context) => listApiKeys(context),
};

export const keyMutations: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey'> = {
  createApiKey: (_, { name, role }, context) => createApiKey(context, { name, role }),
  revokeApiKey: (_, { id }, context) => revokeApiKey(context, id),
};
