import type { NodeResolvers, QueryResolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { tryDecodeGlobalId, type NodeType } from '../graph/ids.js';
import type { NodeRow } from '../graph/models.js';

const MAX_NODES = 100;

async function loadNode(globalId: string, { loaders }: GraphQLContext): Promise<NodeRow | null> {
  const decoded = tryDecodeGlobalId(globalId);
  if (!decoded) return null;
  const loaderOf: Record<NodeType, { load(id: string): Promise<object | null> }> = {
    Incident: loaders.incidentById, TimelineEvent: loaders.eventById, Asset: loaders.assetById,
    AssetFact: loaders.assetFactById, Party: loaders.partyById, Team: loaders.teamById, Service: loaders.serviceById,
    Cause: loaders.causeById, Recommendation: loaders.recommendationById, SignOff: loaders.signOffById,
  };
  const row = await loaderOf[decoded.type].load(decoded.id);
  return row ? ({ __typename: decoded.type, ...row } as NodeRow) : null;
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_, { id }, context) => loadNode(id, context),
  nodes: (_, { ids }, context) => {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`\`ids\` may hold at most ${MAX_NODES} IDs`, { max: MAX_NODES });
    return Promise.all(ids.map((id) => loadNode(id, context)));
  },
};

export const Node: NodeResolvers = {
  __resolveType: (row) => row.__typename,
};
