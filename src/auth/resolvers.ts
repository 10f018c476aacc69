import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { BadUserInputError } from '../graph/errors.js';
import { createApiKey, listApiKeys, revokeApiKey } from './key-service.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const keyQueries: Pick<QueryResolvers, 'apiKeys'> = {
  apiKeys: (_, __, context) => listApiKeys(context),
};

export const keyMutations: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey'> = {
  createApiKey: (_, { name, role }, context) => createApiKey(context, { name, role }),
  revokeApiKey: (_, { id }, context) => {
    if (!uuidPattern.test(id)) throw new BadUserInputError('`id` is not an API key id', { argument: 'id' });
    return revokeApiKey(context, id);
  },
};
