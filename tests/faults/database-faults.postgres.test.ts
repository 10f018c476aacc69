import { Pool } from '@neondatabase/serverless';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, incidents } from '../../db/schema/index.js';
import type { Database } from '../../db/types.js';
import { issueApiKey } from '../support/api-key.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { rowCounts } from '../support/row-counts.js';
import { type TcpRelay, openThroughRelay } from '../support/tcp-relay.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

const createIncident = `mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id key } }`;
const incidentInput = (key: string) => ({ input: { key, title: `Incident ${key}`, startedOn: '2025-06-01' } });

describeWithServer('Database faults: nothing half-written, a clear error, recovery', () => {
  let testDatabase: TestDatabase;
  let relay: TcpRelay;
  /** The API's database, reached through the relay so the test can cut or remove it. */
  let relayed: Database;
  let api: KeyedApi;
  /** A real API key: every request authenticates against the (faulty) database first, as in production. */
  let authorization: string;
  /** A connection straight to the server, for checking rows and provoking faults. */
  let admin: Pool;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    const { url } = testDatabase.connection!;
    ({ relay, relayed } = await openThroughRelay(testDatabase.connection!, { maxConnections: 2 }));
    ({ authorization } = await issueApiKey(testDatabase.database, 'EDITOR'));
    api = createKeyedApi(relayed, authorization);
    admin = new Pool({ connectionString: url, max: 2 });
    admin.on('error', () => {});
  });

  afterAll(async () => {
    await admin?.end();
    await relayed?.close();
    await relay?.stop();
    await testDatabase?.dispose();
  });

  const rowsFor = async (key: string) => {
    const rows = await testDatabase.database.db.select({ id: incidents.id }).from(incidents).where(eq(incidents.key, key));
    const audits = rows.length ? await testDatabase.database.db.select().from(auditEntries).where(eq(auditEntries.entityId, rows[0]!.id)) : [];
    return { incidents: rows.length, audits: audits.length };
  };

  /**
   * Runs a mutation that stalls inside its transaction (its audit insert waits on a lock the test holds),
   * lets `fault` strike while it is stalled, then releases the lock.
   */
  async function mutationInterrupted(key: string, fault: (backendPid: number) => Promise<void>, send = () => api.query(createIncident, incidentInput(key))) {
    const locker = await admin.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table audit_entries in access exclusive mode');
      const response = send();
      let waiting: number | undefined;
      // An import parses and writes a whole report before its audit insert: allow it time on a busy machine.
      const deadline = Date.now() + 20_000;
      while (waiting === undefined && Date.now() < deadline) {
        // Polled outside the locking transaction: pg_stat_activity is a snapshot within one.
        const { rows } = await admin.query(
          `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        );
        waiting = rows[0]?.pid;
        if (waiting === undefined) await new Promise((r) => setTimeout(r, 25));
      }
      expect(waiting, 'the mutation reached its audit insert').toBeDefined();
      await fault(waiting!);
      await locker.query('rollback');
      return await response;
    } finally {
      locker.release();
    }
  }

  it('a mutation whose server connection is terminated mid-transaction writes nothing; the next one succeeds', async () => {
    const response = await mutationInterrupted('fault-terminated', async (pid) => {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toMatch(/database is unavailable/);
    expect(await rowsFor('fault-terminated')).toEqual({ incidents: 0, audits: 0 });

    const next = await api.ok<{ createIncident: { key: string } }>(createIncident, incidentInput('after-terminate'));
    expect(next.createIncident.key).toBe('after-terminate');
    expect(await rowsFor('after-terminate')).toEqual({ incidents: 1, audits: 1 });
  });

  it('a mutation whose network connection drops mid-transaction writes nothing; the next one succeeds', async () => {
    const response = await mutationInterrupted('fault-network', async () => relay.cut());
    expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    // The server notices the lost client and rolls its transaction back.
    await expect.poll(async () => (await admin.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`)).rows[0].n).toBe(0);
    expect(await rowsFor('fault-network')).toEqual({ incidents: 0, audits: 0 });

    const next = await api.ok<{ createIncident: { key: string } }>(createIncident, incidentInput('after-network'));
    expect(next.createIncident.key).toBe('after-network');
    expect(await rowsFor('after-network')).toEqual({ incidents: 1, audits: 1 });
  });

  it('an import whose connection is terminated mid-transaction stores nothing of the report; the same import then succeeds', async () => {
    const markdown = shippedReports.backup2025;
    const key = '2025-02-hnfs-panel-database-loss-and-backup-restore-failure';
    const before = await rowCounts(testDatabase.database);
    const response = await mutationInterrupted(key, async (pid) => {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    }, () => api.query(importMutation, { markdown }));
    expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(await rowCounts(testDatabase.database)).toEqual(before);

    const retried = await api.ok<{ importIncidentReport: { outcome: string } }>(importMutation, { markdown });
    expect(retried.importIncidentReport.outcome).toBe('CREATED');
    expect(await rowsFor(key)).toMatchObject({ incidents: 1 });
  }, 60_000);

  it('answers DATABASE_UNAVAILABLE while the database is down, and serves again once it is back', async () => {
    await relay.stop();
    // A process started while the database is away: the pool connects lazily, so it starts and answers clearly.
    const coldApi = createKeyedApi(relayed, authorization);
    const down = await coldApi.query('{ incidents(first: 1) { totalCount } }');
    // The key cannot be checked without the database: 503, retry.
    expect(down.status).toBe(503);
    expect(down.data ?? null).toBeNull();
    expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    const write = await coldApi.query(createIncident, incidentInput('while-down'));
    expect(write.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    await relay.start();
    const back = await coldApi.ok<{ incidents: { totalCount: number } }>('{ incidents(first: 1) { totalCount } }');
    expect(back.incidents.totalCount).toBe(3);
    expect(await rowsFor('while-down')).toEqual({ incidents: 0, audits: 0 });
  });
});
