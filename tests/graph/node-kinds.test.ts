import { describe, expect, it } from 'vitest';
import { decodeGlobalId, toGlobalId, tryDecodeGlobalId } from '../../src/graph/ids.js';
import { isNodeType, nodeKind, nodeTypes, registerNodeKinds, type NodeKind } from '../../src/graph/node-kind.js';

const id = '6f1c1b5e-3a1f-4c7e-9a52-0d6a1c2b3e4f';

// The kernel alone, without the area registry: node types arrive only through registerNodeKinds.
describe('node types in the kernel', () => {
  it('refuses to tell node types apart before the registry hands them in, naming what to load', () => {
    expect(() => tryDecodeGlobalId(toGlobalId('Incident', id))).toThrow(/No node types are registered.*src\/registry\/areas\.ts/);
    expect(() => isNodeType('Incident')).toThrow(/No node types are registered/);
  });

  it('decodes an ID of an expected type without the registry, and refuses any other type', () => {
    expect(decodeGlobalId(toGlobalId('Asset', id), 'Asset')).toEqual({ type: 'Asset', id });
    expect(() => decodeGlobalId(toGlobalId('Party', id), ['Asset', 'Team'], 'assetId')).toThrow('`assetId` is not a valid Asset or Team ID');
  });

  it('knows exactly the registered types once they are handed in', () => {
    const kind: NodeKind = { table: {} as NodeKind['table'], byId: () => ({ load: async () => null }) };
    registerNodeKinds({ Incident: kind, Asset: kind } as Parameters<typeof registerNodeKinds>[0]);
    expect(nodeTypes()).toEqual(['Incident', 'Asset']);
    expect(tryDecodeGlobalId(toGlobalId('Asset', id))).toEqual({ type: 'Asset', id });
    expect(tryDecodeGlobalId(toGlobalId('Team', id))).toBeNull();
    expect(tryDecodeGlobalId(Buffer.from(`Asset:not-a-uuid`).toString('base64url'))).toBeNull();
    expect(nodeKind('Asset')).toBe(kind);
    expect(() => nodeKind('Team')).toThrow('Team is not a registered node type');
  });
});
