import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { decodeGlobalId } from '../../src/graph/ids.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { columnsReferring, primaryKeyColumns, type ReferringColumn } from './merge-references.js';
import { seeder } from '../api/seed.js';

async function rows<T>(db: AppDb, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const uuid = (globalId: string) => decodeGlobalId(globalId, ['Incident', 'Asset', 'Party', 'Service']).id;

/**
 * Each row pointing at `id` through the column, named by the rest of its primary key (a link row by
 * its other end, an entity by its ID): the same row before and after it is moved.
 */
async function pointingAt(db: AppDb, { table, column }: ReferringColumn, id: string): Promise<string[]> {
  const identity = primaryKeyColumns(table).filter((name) => name !== column.name);
  const found = await rows<{ identity: string }>(
    db,
    sql`select json_build_array(${sql.join(identity.map((name) => sql.identifier(name)), sql`, `)})::text as identity
      from ${table} where ${sql.identifier(column.name)} = ${id}`,
  );
  return found.map((row) => row.identity).sort();
}

/**
 * Merges `mergedId` into `keptId` and checks, for every foreign key the schema has to `target`, that
 * each row that pointed at either now points at the kept one. Every such column must hold a row for
 * both before the merge, so a table added to the schema fails here until the seed gives it rows.
 */
async function expectMergeKeepsRows(db: AppDb, target: PgTable, keptId: string, mergedId: string, merge: () => Promise<unknown>) {
  const columns = columnsReferring(target);
  const before = new Map<string, string[]>();
  for (const column of columns) {
    const kept = await pointingAt(db, column, keptId);
    const merged = await pointingAt(db, column, mergedId);
    expect(Math.min(kept.length, merged.length), `${column.label}: the seed needs a row pointing at each side`).toBeGreaterThan(0);
    before.set(column.label, [...new Set([...kept, ...merged])].sort());
  }
  await merge();
  for (const column of columns) {
    expect(await pointingAt(db, column, mergedId), `${column.label} still points at the merged row`).toEqual([]);
    expect(await pointingAt(db, column, keptId), `${column.label}: rows lost by the merge`).toEqual(expect.arrayContaining(before.get(column.label)!));
  }
}

export function mergeKeepsRowsSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Merging keeps every row that pointed at either side', (suite) => {
    /** Two incidents, each with an event, a cause and a recommendation, and two services; `tag` keeps keys apart. */
    const setUp = async (tag: string) => {
      const api = suite.api();
      const db = suite.database().db;
      const seed = seeder(api);
      const [first, second] = [uuid(await seed.incident(`${tag}-1`, '2025-03-01')), uuid(await seed.incident(`${tag}-2`, '2025-03-02'))];
      const events = await rows<{ id: string }>(db, sql`insert into ${t.timelineEvents} (incident_id, position, occurred_on, phase, text)
        values (${first}, 1, '2025-03-01', 'DETECTION', 'Alarm raised'), (${second}, 1, '2025-03-02', 'RECOVERY', 'Service back') returning id`);
      const causes = await rows<{ id: string }>(db, sql`insert into ${t.causes} (incident_id, position, text)
        values (${first}, 1, 'Fan failure'), (${second}, 1, 'Firmware bug') returning id`);
      const recommendations = await rows<{ id: string }>(db, sql`insert into ${t.recommendations} (incident_id, position, text)
        values (${first}, 1, 'Stock a spare fan'), (${second}, 1, 'Patch the firmware') returning id`);
      const services = [uuid(await seed.service(`${tag} payroll`)), uuid(await seed.service(`${tag} mail`))];
      return { api, db, seed, incidents: [first, second], events: events.map((e) => e.id), causes: causes.map((c) => c.id), recommendations: recommendations.map((r) => r.id), services };
    };

    it('merging two assets keeps the links, facts, placements, relations and spellings of both', async () => {
      const { api, db, seed, incidents, events, causes, recommendations, services } = await setUp('asset-merge');
      const keepGlobal = await seed.asset('CORE-SW-01', 'SWITCH', { aliases: ['Core switch 1'] });
      const mergeGlobal = await seed.asset('CORESW01-OLD', 'SWITCH', { aliases: ['Old core switch'] });
      const [keep, merged] = [uuid(keepGlobal), uuid(mergeGlobal)];
      const host = uuid(await seed.asset('RACK-HOST-01', 'HOST', { parentId: keepGlobal, redundancyPartnerId: mergeGlobal, spareId: keepGlobal }));
      const other = uuid(await seed.asset('RACK-HOST-02', 'HOST', { parentId: mergeGlobal, redundancyPartnerId: keepGlobal, spareId: mergeGlobal }));
      // Both sides share the first incident: the duplicate link becomes one.
      await db.execute(sql`insert into ${t.incidentAssets} (incident_id, asset_id) values (${incidents[0]}, ${keep}), (${incidents[0]}, ${merged}), (${incidents[1]}, ${merged})`);
      await db.execute(sql`insert into ${t.eventAssets} (event_id, asset_id) values (${events[0]}, ${keep}), (${events[1]}, ${merged})`);
      await db.execute(sql`insert into ${t.causeAssets} (cause_id, asset_id) values (${causes[0]}, ${keep}), (${causes[1]}, ${merged})`);
      await db.execute(sql`insert into ${t.recommendationAssets} (recommendation_id, asset_id) values (${recommendations[0]}, ${keep}), (${recommendations[1]}, ${merged})`);
      await db.execute(sql`insert into ${t.serviceAssets} (service_id, asset_id) values (${services[0]}, ${keep}), (${services[1]}, ${merged})`);
      await db.execute(sql`insert into ${t.assetFacts} (asset_id, incident_id, kind, text)
        values (${keep}, ${incidents[0]}, 'HARDWARE_FAILURE', 'Fan failed'), (${merged}, ${incidents[1]}, 'NO_SPARE', 'No spare fan')`);
      await db.execute(sql`insert into ${t.assetPlacements} (asset_id, host_id, valid_from)
        values (${keep}, ${host}, '2024-01-01'), (${merged}, ${other}, '2024-06-01'), (${host}, ${keep}, '2024-01-01'), (${other}, ${merged}, '2024-06-01')`);
      await db.execute(sql`insert into ${t.learnedAssetKinds} (prefix, kind, source_asset_id) values ('CORESW', 'SWITCH', ${keep}), ('CORESWOLD', 'SWITCH', ${merged})`);

      await expectMergeKeepsRows(db, t.assets, keep, merged, () =>
        api.ok(`mutation($k: ID!, $m: ID!) { mergeAssets(keepId: $k, mergeId: $m) { id } }`, { k: keepGlobal, m: mergeGlobal }),
      );
      const links = await rows<{ links: number }>(db, sql`select count(*)::int as links from ${t.incidentAssets} where asset_id = ${keep}`);
      expect(links).toEqual([{ links: 2 }]);
    });

    it('merging an asset into the one it was placed on drops the placement on itself, keeping a status it recorded', async () => {
      const api = suite.api();
      const db = suite.database().db;
      const seed = seeder(api);
      const keepGlobal = await seed.asset('HV-CLUSTER-01', 'SERVER');
      const mergeGlobal = await seed.asset('HV-CLUSTER-01 node view', 'SERVER');
      const [keep, merged] = [uuid(keepGlobal), uuid(mergeGlobal)];
      await db.execute(sql`insert into ${t.assetPlacements} (asset_id, host_id, status, valid_from)
        values (${merged}, ${keep}, null, '2024-01-01'), (${merged}, ${keep}, 'FAILED', '2024-05-01')`);
      await api.ok(`mutation($k: ID!, $m: ID!) { mergeAssets(keepId: $k, mergeId: $m) { id } }`, { k: keepGlobal, m: mergeGlobal });
      const placements = await rows<{ host_id: string | null; status: string | null }>(
        db, sql`select host_id, status from ${t.assetPlacements} where asset_id = ${keep}`,
      );
      expect(placements).toEqual([{ host_id: null, status: 'FAILED' }]);
    });

    it('merging two parties keeps the participations, sign-offs, ownerships and spellings of both', async () => {
      const { api, db, seed, incidents, events, recommendations } = await setUp('party-merge');
      const keepGlobal = await seed.party('Ana Lima', { aliases: ['A. Lima'] });
      const mergeGlobal = await seed.party('Ana Lima (ops)', { aliases: ['Lima, Ana'] });
      const [keep, merged] = [uuid(keepGlobal), uuid(mergeGlobal)];
      // Both took part in the first incident: one participant with both roles stays.
      await db.execute(sql`insert into ${t.incidentParties} (incident_id, party_id, roles)
        values (${incidents[0]}, ${keep}, '{LISTED}'), (${incidents[0]}, ${merged}, '{VERIFIER}'), (${incidents[1]}, ${merged}, '{REPORTER}')`);
      await db.execute(sql`insert into ${t.eventParties} (event_id, party_id) values (${events[0]}, ${keep}), (${events[1]}, ${merged})`);
      await db.execute(sql`insert into ${t.signOffs} (incident_id, position, kind, party_id)
        values (${incidents[0]}, 1, 'REPORT_BY', ${keep}), (${incidents[1]}, 1, 'VERIFIED_BY', ${merged})`);
      await db.execute(sql`update ${t.recommendations} set owner_party_id = ${keep}, verified_by_party_id = ${merged} where id = ${recommendations[0]}`);
      await db.execute(sql`update ${t.recommendations} set owner_party_id = ${merged}, verified_by_party_id = ${keep} where id = ${recommendations[1]}`);
      await seed.asset('PAY-DB-01', 'DATABASE_NODE');
      await seed.asset('PAY-DB-02', 'DATABASE_NODE');
      await db.execute(sql`update ${t.assets} set owner_party_id = case name when 'PAY-DB-01' then ${keep}::uuid else ${merged}::uuid end where name like 'PAY-DB-%'`);

      await expectMergeKeepsRows(db, t.parties, keep, merged, () =>
        api.ok(`mutation($k: ID!, $m: ID!) { mergeParties(keepId: $k, mergeId: $m) { id } }`, { k: keepGlobal, m: mergeGlobal }),
      );
      const roles = await rows<{ roles: string }>(db, sql`select roles::text as roles from ${t.incidentParties} where incident_id = ${incidents[0]}`);
      expect(roles).toEqual([{ roles: '{LISTED,VERIFIER}' }]);
    });
  });
}
