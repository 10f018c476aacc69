import type { Area } from '../registry/descriptor.js';
import { teamLoaders, teamNodes } from './registry.js';
import { Team, teamConnections, teamMutations, teamQueries } from './resolvers.js';

export const teamArea = {
  folder: 'team',
  nodes: teamNodes,
  loaders: teamLoaders,
  queries: teamQueries,
  mutations: teamMutations,
  types: { Team, ...teamConnections },
} satisfies Area;
