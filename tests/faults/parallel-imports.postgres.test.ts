import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, incidents } from '../../db/schema/index.js';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { importMutation, shippedReports } from '../support/reports.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

describeWithServer('Parallel imports of one report', () => {
  let testDatabase: TestDatabase;
  let api: KeyedApi;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    const { authorization } = await issueApiKey(testDatabase.database, 'EDITOR');
    api = createKeyedApi(testDatabase.database, authorization);
  });

  afterAll(async () => {
    await testDatabase?.dispose();
  });

  it('ten parallel first imports of the same text: exactly one CREATED, nine UNCHANGED, one version, one import entry', async () => {
    const markdown = shippedReports.backup2025;
    const responses = await Promise.all(Array.from({ length: 10 }, () => api.query(importMutation, { markdown })));
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const outcomes = responses.map((r) => r.data!.importIncidentReport.outcome as string).sort();
    expect(outcomes).toEqual(['CREATED', ...Array(9).fill('UNCHANGED')]);

    const rows = await testDatabase.database.db.select().from(incidents);
    expect(rows.map((r) => r.version)).toEqual([1]);
    const entries = await testDatabase.database.db.select().from(auditEntries).where(eq(auditEntries.entityId, rows[0]!.id));
    expect(entries.map((e) => e.action)).toEqual(['incident.import']);
  }, 120_000);
});
