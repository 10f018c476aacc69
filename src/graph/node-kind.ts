import type { Loaders } from './context.js';
import type { NodeType } from './ids.js';
import type { lockRow } from './versioned.js';

/** What the graph needs to know of a node type: where its rows live and how a request loads one by ID. */
export interface NodeKind {
  table: Parameters<typeof lockRow>[1];
  byId(loaders: Loaders): { load(id: string): Promise<object | null> };
}

/** The row a node kind's by-ID loader yields. */
export type RowOf<Kind extends NodeKind> = NonNullable<Awaited<ReturnType<ReturnType<Kind['byId']>['load']>>>;

/** Each node type of an area with its row: what the area declares into the kernel's `NodeTypes`. */
export type RowsOf<Kinds extends Record<string, NodeKind>> = { [Type in keyof Kinds]: RowOf<Kinds[Type]> };

let registered: ReadonlyMap<string, NodeKind> | undefined;

/**
 * Every node type's kind, handed in once by the area registry (src/registry/areas.ts) when it is
 * loaded, so the kernel knows the node types without importing an area.
 */
export function registerNodeKinds(kinds: Readonly<Record<NodeType, NodeKind>>): void {
  registered = new Map(Object.entries(kinds));
}

function kinds(): ReadonlyMap<string, NodeKind> {
  if (!registered) throw new Error('No node types are registered: load the area registry (src/registry/areas.ts) first');
  return registered;
}

/** Whether a type name is one of the registered node types. */
export const isNodeType = (type: string): type is NodeType => kinds().has(type);

/** Every registered node type, in registry order. */
export const nodeTypes = (): NodeType[] => [...kinds().keys()] as NodeType[];

/** A registered node type's table and by-ID loader. */
export function nodeKind(type: NodeType): NodeKind {
  const kind = kinds().get(type);
  if (!kind) throw new Error(`${type} is not a registered node type`);
  return kind;
}

/** Loads any node by type and row ID, tagged with its type; null when it is gone. */
export async function loadNode(loaders: Loaders, type: NodeType, id: string): Promise<object | null> {
  const row = await nodeKind(type).byId(loaders).load(id);
  return row ? { __typename: type, ...row } : null;
}
