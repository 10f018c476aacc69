import { expect, it } from 'vitest';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from '../api/seed.js';

export function namesSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Assets and parties under any of their names', (suite) => {
    it('finds VMS-010 by any alias, ignoring case, spaces and dashes', async () => {
      const api = suite.api();
      const id = await seeder(api).asset('VMS-010', 'HOST', { aliases: ['VMS010'] });
      await api.ok(`mutation($id: ID!) { addAssetAlias(assetId: $id, alias: "VMS10") { id } }`, { id });
      for (const spelling of ['VMS010', 'vms-010', 'VMS 010', 'VMS10', 'vms-10']) {
        const data = await api.ok(`query($s: String!) { asset(nameOrAlias: $s) { id name aliases } }`, { s: spelling });
        expect(data.asset, spelling).toEqual({ id, name: 'VMS-010', aliases: ['VMS010', 'VMS10'] });
      }
      const listed = await api.ok(`{ assets(filter: { nameOrAlias: "vms", kinds: [HOST] }) { totalCount edges { node { name } } } }`);
      expect(listed.assets.edges.map((e: any) => e.node.name)).toContain('VMS-010');
    });

    it('refuses an alias that already names another asset with CONFLICT, writing nothing', async () => {
      const api = suite.api();
      const seed = seeder(api);
      await seed.asset('MASTER-01', 'DATABASE_NODE');
      const response = await api.query(`mutation { createAsset(input: { name: "MASTER-02", kind: DATABASE_NODE, aliases: ["Master 1"] }) { id } }`);
      expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await api.ok(`{ asset(nameOrAlias: "MASTER-02") { id } }`)).asset).toBeNull();
    });

    it('merges two assets: links, facts and hosted assets move, the old name becomes an alias', async () => {
      const api = suite.api();
      const seed = seeder(api);
      const keep = await seed.asset('EDGE-FW-A', 'FIREWALL');
      const dup = await seed.asset('Edge FW A (dup)', 'FIREWALL', { site: 'DC-1' });
      const child = await seed.asset('EDGE-FW-A-PSU', 'OTHER', { parentId: dup, parentRelation: 'PART_OF' });
      const incident = await seed.incident('merge-1', '2025-06-07');
      await seed.link(incident, dup);
      const cause = await seed.cause(incident, ['HARDWARE_FAILURE'], [dup, keep]);
      const merged = await api.ok(`mutation($k: ID!, $m: ID!) { mergeAssets(keepId: $k, mergeId: $m) { id site aliases children { id } incidents { totalCount } version } }`, { k: keep, m: dup });
      expect(merged.mergeAssets).toMatchObject({ id: keep, site: 'DC-1', aliases: ['Edge FW A (dup)'], children: [{ id: child }], incidents: { totalCount: 1 } });
      const after = await api.ok(`query($c: ID!, $d: ID!) { node(id: $c) { ... on Cause { assets { id } } } gone: node(id: $d) { id } byOldName: asset(nameOrAlias: "edge fw a dup") { id } }`, { c: cause, d: dup });
      expect(after.node.assets).toEqual([{ id: keep }]);
      expect(after.gone).toBeNull();
      expect(after.byOldName.id).toBe(keep);
    });

    it('finds Mary Hui as Mary Hun and merges two records of one person, uniting their roles', async () => {
      const api = suite.api();
      const seed = seeder(api);
      const hui = await seed.party('Mary Hui', { title: 'RCN Infrastructure Engineer' });
      const hun = await seed.party('Mary Hun');
      const incident = await seed.incident('merge-2', '2024-08-13');
      const role = `mutation($i: ID!, $p: ID!, $r: IncidentRole!) { addParticipant(incidentId: $i, partyId: $p, role: $r) { id } }`;
      await api.ok(role, { i: incident, p: hun, r: 'LISTED' });
      await api.ok(role, { i: incident, p: hui, r: 'VERIFIER' });
      await api.ok(`mutation($k: ID!, $m: ID!) { mergeParties(keepId: $k, mergeId: $m) { id } }`, { k: hui, m: hun });
      const data = await api.ok(`query($i: ID!) { party(nameOrAlias: "mary hun") { id name aliases title } incident(id: $i) { participants { party { id } roles } } }`, { i: incident });
      expect(data.party).toEqual({ id: hui, name: 'Mary Hui', aliases: ['Mary Hun'], title: 'RCN Infrastructure Engineer' });
      expect(data.incident.participants).toEqual([{ party: { id: hui }, roles: expect.arrayContaining(['LISTED', 'VERIFIER']) }]);
      expect(data.incident.participants[0].roles).toHaveLength(2);
    });
  });
}
