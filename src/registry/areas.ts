import { analyticsArea } from '../analytics/area.js';
import { assetArea } from '../asset/area.js';
import { auditArea } from '../audit/area.js';
import { authArea } from '../auth/area.js';
import { causeArea } from '../cause/area.js';
import { complianceArea } from '../compliance/area.js';
import type { NodeType } from '../graph/ids.js';
import { registerNodeKinds, type NodeKind } from '../graph/node-kind.js';
import { importArea } from '../import/area.js';
import { incidentArea } from '../incident/area.js';
import { linkArea } from '../link/area.js';
import { nodeArea } from '../node/area.js';
import { partyArea } from '../party/area.js';
import { recommendationArea } from '../recommendation/area.js';
import { serviceArea } from '../service/area.js';
import { teamArea } from '../team/area.js';
import { webhookArea } from '../webhook/area.js';
import type { Area } from './descriptor.js';

/**
 * Every area of the graph, one line each: the server's resolvers, the request loaders and the
 * node types are all built from this list. Incident comes first, as the loaders of the areas
 * after it build on its incident loader.
 */
export const areas: readonly Area[] = [
  incidentArea,
  assetArea,
  partyArea,
  teamArea,
  serviceArea,
  causeArea,
  recommendationArea,
  analyticsArea,
  linkArea,
  importArea,
  auditArea,
  authArea,
  complianceArea,
  webhookArea,
  nodeArea,
];

/** Every node type of every area; a type claimed by two areas is a mistake caught at start-up. */
export function nodeKindsOf(list: readonly Area[]): Record<NodeType, NodeKind> {
  const kinds: Record<string, NodeKind> = {};
  const owner = new Map<string, string>();
  for (const area of list) {
    for (const [type, kind] of Object.entries(area.nodes ?? {})) {
      if (owner.has(type)) throw new Error(`Node type ${type} is registered by both ${owner.get(type)} and ${area.folder}`);
      owner.set(type, area.folder);
      kinds[type] = kind;
    }
  }
  return kinds as Record<NodeType, NodeKind>;
}

registerNodeKinds(nodeKindsOf(areas));
