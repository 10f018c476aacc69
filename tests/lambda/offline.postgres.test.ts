import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOffline, type OfflineHost } from '../../scripts/offline-host.js';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

let auth: { authorization: string };

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

describeWithServer('npm run offline: the functions over HTTP as API Gateway would call them, on PostgreSQL', () => {
  let host: OfflineHost;
  let testDatabase: TestDatabase;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    auth = await issueApiKey(testDatabase.database);
    const { url, wsProxy } = testDatabase.connection!;
    host = await startOffline({ DATABASE_URL: url, DATABASE_WS_PROXY: wsProxy, LOG_LEVEL: 'silent' });
  }, 120_000);

  afterAll(async () => {
    await host?.stop();
    await testDatabase?.dispose();
  });

  it('creates an incident with POST /graphql and reads it back with GET /graphql', async () => {
    const created = await post(host.url, `mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`, {
      input: { key: 'offline-1', title: 'Through serverless-offline', startedOn: '2025-04-01' },
    });
    expect(created.status).toBe(200);
    const id = created.body.data.createIncident.id;

    const query = new URLSearchParams({ query: '{ incidents(first: 10) { totalCount edges { node { id key } } } }' });
    const response = await fetch(`${host.url}?${query}`, { headers: { 'apollo-require-preflight': 'true', ...auth } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { incidents: { totalCount: 1, edges: [{ node: { id, key: 'offline-1' } }] } } });
  });

  it('returns GraphQL errors with their codes and HTTP status through the emulated gateway', async () => {
    const bad = await post(host.url, `mutation { createIncident(input: { key: "", title: "t", startedOn: "2025-04-02" }) { id } }`);
    expect(bad.status).toBe(200);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await post(host.url, '{ nope }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves GET /export/compliance through its gateway route, with the key', async () => {
    const exportUrl = new URL('/export/compliance?since=2025-01-01&until=2025-12-31&format=json', host.url);
    const auditor = await issueApiKey(testDatabase.database, 'AUDITOR');
    const response = await fetch(exportUrl, { headers: auditor });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const report = (await response.json()) as { incidents: { key: string }[] };
    expect(report.incidents.map((i) => i.key)).toContain('offline-1');
    expect((await fetch(exportUrl)).status).toBe(401);
  });
});
