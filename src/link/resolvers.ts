import type { LinkResolvers, MutationResolvers } from '../generated/resolvers.js';
import { linkNodes, unlinkNodes } from './service.js';

export const linkMutations: Pick<MutationResolvers, 'linkNodes' | 'unlinkNodes'> = {
  linkNodes: (_, { fromId, toId }, context) => linkNodes(context, fromId, toId),
  unlinkNodes: (_, { fromId, toId }, context) => unlinkNodes(context, fromId, toId),
};

export const Link: LinkResolvers = {};

