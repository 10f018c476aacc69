import type { Loaders } from './context.js';
import type { lockRow } from './versioned.js';

/** What the graph needs to know of a node type: where its rows live and how a request loads one by ID. */
export interface NodeKind {
  table: Parameters<typeof lockRow>[1];
  byId(loaders: Loaders): { load(id: string): Promise<object | null> };
}
