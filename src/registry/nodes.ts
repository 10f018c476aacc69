import { assetNodes } from '../asset/registry.js';
import { causeNodes } from '../cause/registry.js';
import type { NodeType } from '../graph/ids.js';
import type { NodeKind } from '../graph/node-kind.js';
import { incidentNodes } from '../incident/registry.js';
import { partyNodes } from '../party/registry.js';
import { recommendationNodes } from '../recommendation/registry.js';
import { serviceNodes } from '../service/registry.js';
import { teamNodes } from '../team/registry.js';

/** Every node type: its table and its by-ID loader, one line per area. */
export const nodeKinds: Record<NodeType, NodeKind> = {
  ...incidentNodes,
  ...assetNodes,
  ...partyNodes,
  ...teamNodes,
  ...serviceNodes,
  ...causeNodes,
  ...recommendationNodes,
};

/** Loads any node by type and row ID, tagged with its type; null when it is gone. */
export async function loadNode(loaders: Parameters<NodeKind['byId']>[0], type: NodeType, id: string): Promise<object | null> {
  const row = await nodeKinds[type].byId(loaders).load(id);
  return row ? { __typename: type, ...row } : null;
}
