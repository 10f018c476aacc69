import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/types.js';
import { lambdaContext, toLambdaEvent } from '../../src/server/lambda-event.js';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { type TcpRelay, openThroughRelay } from '../support/tcp-relay.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

describeWithServer('Database down while API keys are required: an honest error with a request id and a log line', () => {
  let testDatabase: TestDatabase;
  let relay: TcpRelay;
  let relayed: Database;
  let api: KeyedApi;
  let authorization: string;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    ({ relay, relayed } = await openThroughRelay(testDatabase.connection!, { maxConnections: 2, acquireTimeoutMs: 3_000 }));
    ({ authorization } = await issueApiKey(testDatabase.database, 'ADMIN'));
    api = createKeyedApi(relayed, authorization);
  });

  afterAll(async () => {
    await relayed?.close();
    await relay?.stop();
    await testDatabase?.dispose();
  });

  const exportRequest = () =>
    api.handler(
      toLambdaEvent({ method: 'GET', path: '/export/compliance', query: 'since=2024-01-01&until=2024-12-31&format=json', headers: { authorization }, body: undefined }),
      lambdaContext(),
    );

  it('answers DATABASE_UNAVAILABLE (503, request id, logged) to GraphQL and to /export/compliance, then serves once the database is back', async () => {
    expect((await api.query('{ incidents(first: 1) { totalCount } }')).errors).toBeUndefined();
    await relay.stop();
    try {
      const down = await api.query('{ incidents(first: 1) { totalCount } }');
      expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(down.status).toBe(503);
      expect(down.errors?.[0]?.message).toMatch(/database is unavailable/i);
      const requestId = down.errors?.[0]?.extensions?.requestId;
      expect(requestId).toEqual(expect.any(String));
      expect(api.logs.some((line) => line.requestId === requestId && /database unavailable/i.test(line.msg))).toBe(true);

      const exported = await exportRequest();
      const body = JSON.parse(exported.body ?? '{}');
      expect(exported.statusCode).toBe(503);
      expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      const exportRequestId = body.errors[0].extensions.requestId;
      expect(exportRequestId).toEqual(expect.any(String));
      expect(api.logs.some((line) => line.requestId === exportRequestId && /database unavailable/i.test(line.msg))).toBe(true);
    } finally {
      await relay.start();
    }
    expect((await api.query('{ incidents(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await exportRequest()).statusCode).toBe(200);
  }, 60_000);
});
