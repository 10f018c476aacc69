import type { Area } from '../registry/descriptor.js';
import { partyLoaders, partyNodes } from './registry.js';
import { Party, partyConnections, partyMutations, partyQueries } from './resolvers.js';

export const partyArea = {
  folder: 'party',
  nodes: partyNodes,
  loaders: partyLoaders,
  queries: partyQueries,
  mutations: partyMutations,
  types: { Party, ...partyConnections },
} satisfies Area;
