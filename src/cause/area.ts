import type { Area } from '../registry/descriptor.js';
import { causeLoaders, causeNodes } from './registry.js';
import { Cause, Provenance, SignOff, causeConnections, causeMutations, causeQueries } from './resolvers.js';

export const causeArea = {
  folder: 'cause',
  nodes: causeNodes,
  loaders: causeLoaders,
  queries: causeQueries,
  mutations: causeMutations,
  types: { Cause, SignOff, Provenance, ...causeConnections },
} satisfies Area;
