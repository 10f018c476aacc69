import type { Area } from '../registry/descriptor.js';
import { recommendationLoaders, recommendationNodes } from './registry.js';
import { Recommendation, recommendationConnections, recommendationMutations, recommendationQueries } from './resolvers.js';

export const recommendationArea = {
  folder: 'recommendation',
  nodes: recommendationNodes,
  loaders: recommendationLoaders,
  queries: recommendationQueries,
  mutations: recommendationMutations,
  types: { Recommendation, ...recommendationConnections },
} satisfies Area;
