import { Pool } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeon } from '../../db/neon.js';
import type { Database } from '../../db/types.js';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { type TcpRelay, openThroughRelay } from '../support/tcp-relay.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

const createIncident = `mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id key } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The request's answer, or 'no answer' when it takes longer than `ms`. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | 'no answer'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'no answer'>((resolve) => (timer = setTimeout(() => resolve('no answer'), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describeWithServer('Connection pool: killed connections during writes never lock it up', () => {
  let testDatabase: TestDatabase;
  let relay: TcpRelay;
  let relayed: Database;
  let api: KeyedApi;
  let admin: Pool;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    const { url } = testDatabase.connection!;
    ({ relay, relayed } = await openThroughRelay(testDatabase.connection!, { maxConnections: 2 }));
    const { authorization } = await issueApiKey(testDatabase.database, 'EDITOR');
    api = createKeyedApi(relayed, authorization);
    admin = new Pool({ connectionString: url, max: 1 });
    admin.on('error', () => {});
  });

  afterAll(async () => {
    await admin?.end();
    await relayed?.close();
    await relay?.stop();
    await testDatabase?.dispose();
  });

  it('keeps answering through connections killed every 50 ms during a stream of mutations, then serves normally', async () => {
    let killing = true;
    let kills = 0;
    const killer = (async () => {
      for (let round = 0; killing; round++) {
        if (round % 2) relay.cut();
        else await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
        kills++;
        await sleep(50);
      }
    })();

    const answers: string[] = [];
    const writer = async (lane: number) => {
      for (let i = 0; i < 15; i++) {
        const response = await within(15_000, api.query(createIncident, { input: { key: `storm-${lane}-${i}`, title: `Storm ${lane}/${i}`, startedOn: '2025-06-01' } }));
        answers.push(response === 'no answer' ? response : response.errors?.[0]?.extensions?.code ?? 'OK');
        if (response === 'no answer') return;
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    killing = false;
    await killer;

    expect(kills).toBeGreaterThan(5);
    // The faults struck requests in flight…
    expect(answers).toContain('DATABASE_UNAVAILABLE');
    // Every request answered, each either done or refused as a database fault the caller can retry.
    expect(answers.filter((a) => !['OK', 'DATABASE_UNAVAILABLE'].includes(a))).toEqual([]);

    // With the faults gone, authentication, reads and writes work again on the same pool.
    for (let i = 0; i < 6; i++) {
      const write = await within(10_000, api.query(createIncident, { input: { key: `after-storm-${i}`, title: `After ${i}`, startedOn: '2025-06-02' } }));
      expect(write === 'no answer' ? write : write.errors ?? write.data).toEqual({ createIncident: { id: expect.any(String), key: `after-storm-${i}` } });
    }
    const read = await within(10_000, api.query(`{ incidents(first: 1, filter: { period: { from: "2025-06-02", to: "2025-06-02" } }) { totalCount } }`));
    expect(read === 'no answer' ? read : read.data).toEqual({ incidents: { totalCount: 6 } });
  }, 180_000);

  it('answers DATABASE_UNAVAILABLE when no connection frees up in time, instead of waiting for ever', async () => {
    const { url, wsProxy } = testDatabase.connection!;
    const small = openNeon({ connectionString: url, wsProxy, maxConnections: 2, acquireTimeoutMs: 1_000 });
    const { authorization } = await issueApiKey(testDatabase.database, 'ANALYST');
    const smallApi = createKeyedApi(small, authorization);
    // Two long transactions hold both pooled connections.
    const holders = [0, 1].map(() => small.db.transaction(async (tx) => { await tx.execute(sql`select pg_sleep(4)`); }));
    await sleep(300);
    const started = Date.now();
    const response = await within(15_000, smallApi.query('{ incidents(first: 1) { totalCount } }'));
    const waited = Date.now() - started;
    await Promise.allSettled(holders);
    await small.close();
    expect(response === 'no answer' ? response : response.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(waited).toBeLessThan(4_000);
  }, 60_000);
});
