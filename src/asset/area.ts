import type { Area } from '../registry/descriptor.js';
import { assetLoaders, assetNodes } from './registry.js';
import { Asset, AssetFact, assetConnections, assetMutations, assetQueries } from './resolvers.js';

export const assetArea = {
  folder: 'asset',
  nodes: assetNodes,
  loaders: assetLoaders,
  queries: assetQueries,
  mutations: assetMutations,
  types: { Asset, AssetFact, ...assetConnections },
} satisfies Area;
