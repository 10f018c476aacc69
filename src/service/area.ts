import type { Area } from '../registry/descriptor.js';
import { serviceLoaders, serviceNodes } from './registry.js';
import { Service, serviceConnections, serviceMutations, serviceQueries } from './resolvers.js';

export const serviceArea = {
  folder: 'service',
  nodes: serviceNodes,
  loaders: serviceLoaders,
  queries: serviceQueries,
  mutations: serviceMutations,
  types: { Service, ...serviceConnections },
} satisfies Area;
