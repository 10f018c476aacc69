import type { Area } from '../registry/descriptor.js';
import { Node, nodeQueries } from './resolvers.js';

/** `node` and `nodes`, and how a Node is told apart by its type. */
export const nodeArea = { folder: 'node', queries: nodeQueries, types: { Node } } satisfies Area;
