import type { NodeResolvers, QueryResolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { tryDecodeGlobalId } from '../graph/ids.js';
import type { NodeRow } from '../graph/models.js';
import { loadNode } from '../graph/node-kind.js';

const MAX_NODES = 100;

async function nodeById(globalId: string, { loaders }: GraphQLContext): Promise<NodeRow | null> {
  const decoded = tryDecodeGlobalId(globalId);
  return decoded ? ((await loadNode(loaders, decoded.type, decoded.id)) as NodeRow | null) : null;
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_, { id }, context) => nodeById(id, context),
  nodes: (_, { ids }, context) => {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`\`ids\` may hold at most ${MAX_NODES} IDs`, { max: MAX_NODES });
    return Promise.all(ids.map((id) => nodeById(id, context)));
  },
};

export const Node: NodeResolvers = {
  __resolveType: (row) => row.__typename,
};
