import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { benchCases } from '../../bench/cases.js';
import { historyHandWritten } from '../../bench/hand-written.js';
import { findSubjects } from '../../bench/latency.js';
import { rowsOf } from '../../src/analytics/rows.js';
import type { DriverName } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { describeOnDriver, type SuiteContext } from '../support/suite.js';

// Each check recomputes every kept table from scratch and compares the two, several times per test: on a busy
// 2-core machine that alone takes 20-40 s, so these tests get more than the default 30 s.
const KEPT_CHECK_TIMEOUT = 120_000;

/** Each kept table against the view it is kept from, recomputed from scratch now. */
const keptAgainstScratch = {
  'pattern members': [
    sql`select dimension, key, pattern_id, incident_id::text, started_on::text from pattern_members`,
    sql`select m.dimension, m.key, m.pattern_id, m.incident_id::text, i.started_on::text from pattern_memberships m join incidents i on i.id = m.incident_id`,
  ],
  'pattern counts': [
    sql`select dimension, key, incident_count, first_seen::text, last_seen::text from pattern_counts`,
    sql`select m.dimension, m.key, count(distinct m.incident_id)::int as incident_count, min(i.started_on)::text as first_seen, max(i.started_on)::text as last_seen
        from pattern_memberships m join incidents i on i.id = m.incident_id group by m.dimension, m.key`,
  ],
  'recurrence targets': [
    sql`select recommendation_id::text, incident_id::text, started_on::text, key from recurrence_targets_kept`,
    sql`select recommendation_id::text, incident_id::text, started_on::text, key from recurrence_targets`,
  ],
  'recurrence target key sets': [
    sql`select recommendation_id::text, key, (select array_agg(k order by k) from unnest(keys) k) as keys from recurrence_targets_kept`,
    sql`select t.recommendation_id::text, t.key, (select array_agg(o.key order by o.key) from recurrence_targets o where o.recommendation_id = t.recommendation_id) as keys
        from recurrence_targets t`,
  ],
  'recurrence cause keys': [
    sql`select cause_id::text, incident_id::text, started_on::text, key from recurrence_cause_keys_kept`,
    sql`select cause_id::text, incident_id::text, started_on::text, key from recurrence_cause_keys`,
  ],
  'recurrence key bounds': [
    sql`select key, earliest_target::text, latest_cause::text from recurrence_key_bounds`,
    sql`select key, min(t)::text as earliest_target, max(c)::text as latest_cause from (
          select key, started_on as t, null::date as c from recurrence_targets union all select key, null, started_on from recurrence_cause_keys) k group by key`,
  ],
  'asset history': [
    sql`select asset_id::text, incident_id::text, date::text, kind, text from asset_history_kept`,
    sql`select asset_id::text, incident_id::text, date::text, kind, text from asset_history_entries`,
  ],
  'recommendations recurred': [
    sql`select recommendation_id::text from recommendations_recurred`,
    sql`select distinct t.recommendation_id::text from recurrence_targets t
        join (select key, max(started_on) as latest from recurrence_cause_keys group by key) l on l.key = t.key where l.latest > t.started_on`,
  ],
};

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

async function expectKeptEqualsScratch(suite: SuiteContext) {
  const db = suite.database().db;
  for (const [name, [kept, scratch]] of Object.entries(keptAgainstScratch)) {
    expect({ name, rows: sorted(await rowsOf(db, kept!)) }).toEqual({ name, rows: sorted(await rowsOf(db, scratch!)) });
  }
  expect(await rowsOf(db, sql`select incident_id from analytics_stale`)).toEqual([]);
  // The API's answers, read from what is kept, against one from-scratch statement each (the benchmark's).
  const subjects = await findSubjects(suite.database());
  const cases = benchCases(subjects).filter((c) => /recurringPatterns|FollowThrough|recurrences|relatedIncidents/.test(c.name));
  for (const c of cases) {
    const answer = await suite.api().ok(c.query, c.variables);
    const [{ data }] = (await rowsOf<{ data: unknown }>(db, c.handWritten)) as [{ data: unknown }];
    expect({ case: c.name, answer }).toEqual({ case: c.name, answer: data });
  }
  // The asset histories, read from what is kept, against the benchmark's from-scratch statement, for the assets with most entries.
  const history = benchCases({ ...subjects, hotAssetAlias: '' }).find((c) => c.name === 'asset history by alias')!;
  const names = await rowsOf<{ name: string }>(db, sql`select a.name from assets a join asset_history_entries h on h.asset_id = a.id
    group by a.id, a.name order by count(*) desc, a.name limit 3`);
  for (const { name } of names) {
    const answer = await suite.api().ok(history.query, { a: name });
    const [{ data }] = (await rowsOf<{ data: unknown }>(db, historyHandWritten(name))) as [{ data: unknown }];
    expect({ asset: name, answer }).toEqual({ asset: name, answer: data });
  }
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cause-variants/${name}`, import.meta.url), 'utf8');

const id = async (suite: SuiteContext, query: string, variables?: Record<string, unknown>) => suite.api().ok(query, variables);

export function keptAnalyticsSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Analytics kept at write time equal the from-scratch SQL', (suite) => {
    beforeAll(async () => {
      for (const markdown of Object.values(shippedReports)) await suite.api().ok(importMutation, { markdown });
    });

    it('after imports', async () => {
      await expectKeptEqualsScratch(suite);
    }, KEPT_CHECK_TIMEOUT);

    it('after corrections: a cause added and recategorised, a recommendation tied to it, an incident moved in time', async () => {
      const { incident } = await id(suite, `{ incident(key: "2025-06-edge-firewall-firmware-upgrade-outage") { id version causes { id version } } }`);
      const { asset } = await id(suite, `{ asset(nameOrAlias: "VMS-010") { id } }`);
      const { addCause } = await id(suite, `mutation($i: ID!, $a: ID!) { addCause(input: { incidentId: $i, categories: [BACKUP], text: "Backups were not checked", assetIds: [$a] }) { id version } }`, { i: incident.id, a: asset.id });
      await id(suite, `mutation($c: ID!, $v: Int!) { updateCause(input: { id: $c, expectedVersion: $v, categories: [BACKUP, MONITORING_GAP] }) { id } }`, { c: addCause.id, v: addCause.version });
      const earlier = (await id(suite, `{ incident(key: "2024-08-dmz-migration-and-panel-system-failure") { id causes { id } } }`)).incident;
      await id(suite, `mutation($i: ID!, $c: [ID!]) { addRecommendation(input: { incidentId: $i, text: "Check backups weekly", causeIds: $c }) { id } }`, { i: earlier.id, c: [earlier.causes[0].id] });
      await id(suite, `mutation($i: ID!, $v: Int!) { updateIncident(input: { id: $i, expectedVersion: $v, startedOn: "2023-01-05" }) { id } }`, { i: incident.id, v: incident.version });
      await expectKeptEqualsScratch(suite);
    }, KEPT_CHECK_TIMEOUT);

    it('after an asset is moved under another and assets and parties are merged', async () => {
      const { asset: slave } = await id(suite, `{ asset(nameOrAlias: "slave 1") { id version } }`);
      const { asset: edge } = await id(suite, `{ asset(nameOrAlias: "EDGE-FW-01") { id } }`);
      await id(suite, `mutation($a: ID!, $v: Int!, $p: ID!) { updateAsset(input: { id: $a, expectedVersion: $v, parentId: $p }) { id } }`, { a: slave.id, v: slave.version, p: edge.id });
      await expectKeptEqualsScratch(suite);
      const { asset: other } = await id(suite, `{ asset(nameOrAlias: "CR-01") { id } }`);
      await id(suite, `mutation($k: ID!, $m: ID!) { mergeAssets(keepId: $k, mergeId: $m) { id } }`, { k: edge.id, m: other.id });
      const { parties } = await id(suite, `{ parties(first: 2) { edges { node { id } } } }`);
      await id(suite, `mutation($k: ID!, $m: ID!) { mergeParties(keepId: $k, mergeId: $m) { id } }`, { k: parties.edges[0].node.id, m: parties.edges[1].node.id });
      await expectKeptEqualsScratch(suite);
    }, KEPT_CHECK_TIMEOUT);

    it('after a corrected report is imported again', async () => {
      const corrected = shippedReports.firewall2025.replace('Date: 7 Jun 2025', 'Date: 5 Jun 2025').replace(/^3\. Kevin Li.*$/m, '');
      const { importIncidentReport } = await suite.api().ok(importMutation, { markdown: corrected });
      expect(importIncidentReport.outcome).toBe('UPDATED');
      await expectKeptEqualsScratch(suite);
    }, KEPT_CHECK_TIMEOUT);
    it('after a replica moves to another host and the move is taken back: the roll-up follows the dated hosting', async () => {
      const db = suite.database().db;
      const hostsOfMay = async () =>
        (await rowsOf<{ name: string }>(db, sql`select a.name from pattern_members m join incidents i on i.id = m.incident_id
          join assets a on m.pattern_id = 'ASSET:' || a.id::text where i.started_on = '2025-05-12' order by a.name`)).map((r) => r.name);
      await suite.api().ok(importMutation, { markdown: fixture('2025-03-replica-moved-to-new-host.md') });
      await suite.api().ok(importMutation, { markdown: fixture('2025-05-replica-disk-full.md') });
      await expectKeptEqualsScratch(suite);
      // The May incident names only the replica: it rolls up to the host the replica ran on then.
      expect(await hostsOfMay()).toContain('VMS-020');
      expect(await hostsOfMay()).not.toContain('VMS-010');
      // Re-importing the March report without the move rewrites only placements for the May incident's asset:
      // the placement triggers alone mark it.
      const corrected = fixture('2025-03-replica-moved-to-new-host.md').replace(' SLAVE-1 had been moved from VMS-010 to VMS-020 on 3 Mar 2025 at 22:00.', '');
      expect((await suite.api().ok(importMutation, { markdown: corrected })).importIncidentReport.outcome).toBe('UPDATED');
      await expectKeptEqualsScratch(suite);
      expect(await hostsOfMay()).toContain('VMS-010');
      expect(await hostsOfMay()).not.toContain('VMS-020');
      // A placement dated again with no other write (the replica's recorded parent stays): the roll-up moves with it.
      await db.transaction(async (tx) => {
        await tx.execute(sql`update asset_placements p set host_id = (select id from assets where name = 'VMS-020'), valid_from = '2025-04-01'
          where p.asset_id = (select id from assets where name = 'SLAVE-1') and p.host_id = (select id from assets where name = 'VMS-010')`);
      });
      await expectKeptEqualsScratch(suite);
      expect(await hostsOfMay()).toContain('VMS-020');
      expect(await hostsOfMay()).not.toContain('VMS-010');
    }, KEPT_CHECK_TIMEOUT);
  });
}
