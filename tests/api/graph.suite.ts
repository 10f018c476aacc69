import { expect, it } from 'vitest';
import { auditEntries } from '../../db/schema/index.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from './seed.js';

const incidentPage = `query($first: Int, $after: String, $last: Int, $before: String, $filter: IncidentFilter, $orderBy: IncidentOrder) {
  incidents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id key startedOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  incidents: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; key: string; startedOn: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export function graphSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Incidents as a paginated, filterable graph', (suite) => {
    it('creates an incident and finds it by global ID, by key and through node()', async () => {
      const api = suite.api();
      const id = await seeder(api).incident('2024-08-dmz', '2024-08-13', { endedOn: '2024-08-22', severity: 'SEV1' });
      const data = await api.ok(`query($id: ID!) {
        byId: incident(id: $id) { key title startedOn endedOn severity status version createdAt }
        byKey: incident(key: "2024-08-dmz") { id }
        node(id: $id) { __typename id ... on Incident { key } }
        nodes(ids: [$id, "bm90LWFuLWlk"]) { id }
      }`, { id });
      expect(data.byId).toMatchObject({ key: '2024-08-dmz', startedOn: '2024-08-13', endedOn: '2024-08-22', severity: 'SEV1', status: 'OPEN', version: 1 });
      expect(data.byId.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(data.byKey.id).toBe(id);
      expect(data.node).toEqual({ __typename: 'Incident', id, key: '2024-08-dmz' });
      expect(data.nodes).toEqual([{ id }, null]);
    });

    it('pages forward and backward with keyset cursors that do not shift when rows are added', async () => {
      const api = suite.api();
      const seed = seeder(api);
      for (let day = 1; day <= 7; day++) await seed.incident(`page-${day}`, `2023-01-0${day}`);
      const filter = { period: { from: '2023-01-01', to: '2023-01-31' } };
      const first = await api.ok<Page>(incidentPage, { first: 3, filter, orderBy: 'STARTED_ON_ASC' });
      expect(first.incidents.totalCount).toBe(7);
      expect(first.incidents.edges.map((e) => e.node.key)).toEqual(['page-1', 'page-2', 'page-3']);
      expect(first.incidents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      // A row added before the cursor would shift an offset page; a keyset page continues where it stopped.
      await seed.incident('page-0', '2022-12-31');
      await seed.incident('page-1b', '2023-01-01');
      const second = await api.ok<Page>(incidentPage, { first: 3, after: first.incidents.pageInfo.endCursor, filter, orderBy: 'STARTED_ON_ASC' });
      expect(second.incidents.edges.map((e) => e.node.key)).toEqual(['page-4', 'page-5', 'page-6']);
      const third = await api.ok<Page>(incidentPage, { first: 3, after: second.incidents.pageInfo.endCursor, filter, orderBy: 'STARTED_ON_ASC' });
      expect(third.incidents.edges.map((e) => e.node.key)).toEqual(['page-7']);
      expect(third.incidents.pageInfo.hasNextPage).toBe(false);

      const back = await api.ok<Page>(incidentPage, { last: 2, before: second.incidents.edges[0]!.cursor, filter, orderBy: 'STARTED_ON_ASC' });
      expect(back.incidents.edges.map((e) => e.node.key)).toEqual(['page-2', 'page-3']);
      expect(back.incidents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    });

    it('orders newest first by default, ties broken by ID so every page is stable', async () => {
      const api = suite.api();
      const all = await api.ok<Page>(incidentPage, { first: 100 });
      const days = all.incidents.edges.map((e) => e.node.startedOn);
      expect(days).toEqual([...days].sort().reverse());
      const sameDay = all.incidents.edges.filter((e) => e.node.startedOn === '2023-01-01').map((e) => e.node.id);
      expect(sameDay).toEqual([...sameDay].sort((a, b) => (Buffer.from(a, 'base64url').toString() < Buffer.from(b, 'base64url').toString() ? 1 : -1)));
    });

    it('filters by period, status, severity, asset, party, service and cause category', async () => {
      const api = suite.api();
      const seed = seeder(api);
      const a = await seed.incident('f-a', '2021-03-01', { endedOn: '2021-03-05', status: 'CLOSED', severity: 'SEV1' });
      const b = await seed.incident('f-b', '2021-06-01', { status: 'OPEN', severity: 'SEV3' });
      const host = await seed.asset('FILTER-HOST-01', 'HOST', { aliases: ['FH1'] });
      const panel = await seed.service('Filter panel');
      const mary = await seed.party('Filter Person');
      await seed.link(a, host);
      await seed.link(b, panel);
      await api.ok(`mutation($i: ID!, $p: ID!) { addParticipant(incidentId: $i, partyId: $p, role: RESPONDER) { id } }`, { i: b, p: mary });
      await seed.cause(a, ['SPARE_SHORTAGE', 'HARDWARE_FAILURE']);
      const keys = async (filter: Record<string, unknown>) =>
        (await api.ok<Page>(incidentPage, { first: 50, filter })).incidents.edges.map((e) => e.node.key).filter((k) => k.startsWith('f-'));
      expect(await keys({ period: { from: '2021-03-04', to: '2021-03-10' } })).toEqual(['f-a']);
      expect(await keys({ statuses: ['CLOSED'] })).toEqual(['f-a']);
      expect(await keys({ severities: ['SEV3'] })).toEqual(['f-b']);
      expect(await keys({ asset: 'fh-1' })).toEqual(['f-a']);
      expect(await keys({ asset: 'no such asset' })).toEqual([]);
      expect(await keys({ party: 'filter person' })).toEqual(['f-b']);
      expect(await keys({ service: panel })).toEqual(['f-b']);
      expect(await keys({ causeCategory: 'SPARE_SHORTAGE' })).toEqual(['f-a']);
    });

    it('refuses bad page arguments and foreign cursors with BAD_USER_INPUT', async () => {
      const api = suite.api();
      for (const variables of [{ first: -1 }, { first: 101 }, { first: 2, last: 2 }, { first: 2, after: 'not-a-cursor' }, { first: 2, after: 'WyJ4Il0' }]) {
        const response = await api.query(incidentPage, variables);
        expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      }
    });
  });

  describeOnDriver(driver, 'Mutations: validation, concurrency, one transaction with its audit entry', (suite) => {
    it('gets CONFLICT for a stale version and leaves the row as the winner wrote it', async () => {
      const api = suite.api();
      const id = await seeder(api).incident('occ-1', '2024-01-01');
      const update = `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { title version } }`;
      const winner = await api.ok(update, { input: { id, expectedVersion: 1, title: 'First writer' } });
      expect(winner.updateIncident).toEqual({ title: 'First writer', version: 2 });
      const loser = await api.query(update, { input: { id, expectedVersion: 1, title: 'Second writer' } });
      expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await api.ok(`query($id: ID!) { incident(id: $id) { title version } }`, { id })).incident).toEqual({ title: 'First writer', version: 2 });
    });

    it('answers bad input with BAD_USER_INPUT or NOT_FOUND naming the problem', async () => {
      const api = suite.api();
      const id = await seeder(api).incident('val-1', '2024-05-10');
      const cases: [string, Record<string, unknown>, string, RegExp][] = [
        [`mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }`, { i: { key: 'val-2', title: '   ', startedOn: '2024-01-01' } }, 'BAD_USER_INPUT', /title.*blank/],
        [`mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }`, { i: { key: 'val-3', title: 'x', startedOn: '2024-02-10', endedOn: '2024-02-01' } }, 'BAD_USER_INPUT', /endedOn.*before the start/],
        [`mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }`, { i: { key: 'val-4', title: 'x', startedOn: '2025-02-31' } }, 'BAD_USER_INPUT', /startedOn/],
        [`mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }`, { i: { key: 'Bad Key!', title: 'x', startedOn: '2024-01-01' } }, 'BAD_USER_INPUT', /key/],
        [`mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }`, { i: { key: 'val-1', title: 'x', startedOn: '2024-01-01' } }, 'CONFLICT', /already exists/],
        [`mutation($i: UpdateIncidentInput!) { updateIncident(input: $i) { id } }`, { i: { id: 'garbage', expectedVersion: 1 } }, 'BAD_USER_INPUT', /not a valid Incident ID/],
        [`mutation($i: UpdateIncidentInput!) { updateIncident(input: $i) { id } }`, { i: { id: id.replace(/.$/, id.endsWith('A') ? 'B' : 'A'), expectedVersion: 1 } }, 'BAD_USER_INPUT', /ID/],
        [`mutation($i: AddTimelineEventInput!) { addTimelineEvent(input: $i) { id } }`, { i: { incidentId: id, occurredOn: '2024-05-10', phase: 'DETECTION', text: 'x', timeOfDay: '25:00' } }, 'BAD_USER_INPUT', /timeOfDay/],
        [`mutation($a: ID!) { addAssetAlias(assetId: $a, alias: "x") { id } }`, { a: id }, 'BAD_USER_INPUT', /Asset ID/],
        [`mutation($f: ID!, $t: ID!) { linkNodes(fromId: $f, toId: $t) { from { id } } }`, { f: id, t: id }, 'BAD_USER_INPUT', /cannot be linked/],
      ];
      for (const [query, variables, code, message] of cases) {
        const response = await api.query(query, variables);
        expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
        expect(response.errors?.[0]?.message, JSON.stringify(variables)).toMatch(message);
        expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
      }
      const missing = await api.query(`mutation($i: UpdateIncidentInput!) { updateIncident(input: $i) { id } }`, {
        i: { id: Buffer.from('Incident:00000000-0000-4000-8000-000000000000').toString('base64url'), expectedVersion: 1 },
      });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('writes each change with an audit entry in the same transaction, and nothing when the change fails', async () => {
      const api = suite.api();
      const db = suite.database().db;
      const before = await db.select().from(auditEntries);
      const id = await seeder(api).asset('AUDITED-01', 'HOST');
      const entries = await db.select().from(auditEntries);
      expect(entries).toHaveLength(before.length + 1);
      expect(entries.at(-1)).toMatchObject({ action: 'asset.create', entityType: 'Asset', actor: 'test', actorRole: 'ADMIN' });
      expect((entries.at(-1)!.after as { name: string }).name).toBe('AUDITED-01');
      expect(entries.at(-1)!.requestId).toBeTruthy();

      // The asset row is written before its alias fails: the transaction must take both back.
      const failing = await api.query(`mutation { createAsset(input: { name: "HALF-WRITTEN", kind: HOST, aliases: ["ok-alias", "audited 01"] }) { id } }`);
      expect(failing.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await api.ok(`{ a: asset(nameOrAlias: "HALF-WRITTEN") { id } b: asset(nameOrAlias: "ok-alias") { id } }`)).a).toBeNull();
      expect(await db.select().from(auditEntries)).toHaveLength(before.length + 1);
      expect(id).toBeTruthy();
    });

    it('inserts a timeline event at a position and renumbers the later ones', async () => {
      const api = suite.api();
      const incidentId = await seeder(api).incident('tl-1', '2024-08-13');
      const add = `mutation($i: AddTimelineEventInput!) { addTimelineEvent(input: $i) { position } }`;
      for (const day of ['13', '14', '16']) {
        await api.ok(add, { i: { incidentId, occurredOn: `2024-08-${day}`, phase: 'DIAGNOSIS', text: `Day ${day}` } });
      }
      expect((await api.ok(add, { i: { incidentId, occurredOn: '2024-08-15', phase: 'ESCALATION', text: 'Day 15', position: 3, timeOfDay: '23:00' } })).addTimelineEvent.position).toBe(3);
      const data = await api.ok(`query($id: ID!) { incident(id: $id) { timeline(first: 2) { totalCount edges { node { position occurredOn } } pageInfo { endCursor hasNextPage } } } }`, { id: incidentId });
      expect(data.incident.timeline.totalCount).toBe(4);
      const rest = await api.ok(`query($id: ID!, $after: String) { incident(id: $id) { timeline(first: 5, after: $after) { edges { node { position occurredOn timeOfDay text } } } } }`, { id: incidentId, after: data.incident.timeline.pageInfo.endCursor });
      expect(rest.incident.timeline.edges.map((e: any) => e.node)).toEqual([
        { position: 3, occurredOn: '2024-08-15', timeOfDay: '23:00', text: 'Day 15' },
        { position: 4, occurredOn: '2024-08-16', timeOfDay: null, text: 'Day 16' },
      ]);
    });
  });
}
