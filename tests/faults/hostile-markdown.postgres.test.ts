import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { importMutation, shippedReports } from '../support/reports.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

/** A report in the template with `hostile` appended as its last lines. */
const withHostileLines = (hostile: string) => `${shippedReports.backup2025}\n\n${hostile}\n`;

describeWithServer('Hostile markdown: refused quickly, and the server keeps answering meanwhile', () => {
  let testDatabase: TestDatabase;
  let api: KeyedApi;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    const { authorization } = await issueApiKey(testDatabase.database, 'EDITOR');
    api = createKeyedApi(testDatabase.database, authorization);
    // The importer is a lazy chunk: loading it once here keeps its first-use cost out of what the timing tests measure,
    // which is whether reads keep answering while a report is being read.
    const warmUp = await api.query(importMutation, { markdown: shippedReports.backup2025, dryRun: true });
    expect(warmUp.errors).toBeUndefined();
  }, 120_000);

  afterEach(() => {
    delete process.env.IMPORT_PARSE_DEADLINE_MS;
  });

  afterAll(async () => {
    await testDatabase?.dispose();
  });

  /** Sends the import and, until it answers, reads in a loop; returns the import's answer, its time and the slowest read. */
  async function importWhileReading(markdown: string) {
    const started = Date.now();
    let done = false;
    const importing = api.query(importMutation, { markdown }).finally(() => (done = true));
    const readTimes: number[] = [];
    while (!done) {
      const t = Date.now();
      const read = await api.query('{ incidents(first: 1) { totalCount } }');
      expect(read.errors).toBeUndefined();
      readTimes.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const response = await importing;
    return { response, took: Date.now() - started, slowestRead: Math.max(...readTimes) };
  }

  it("refuses a 64 KB line of '*a' emphasis runs with BAD_USER_INPUT in well under a second, reads answering meanwhile", async () => {
    const { response, took, slowestRead } = await importWhileReading(withHostileLines('*a'.repeat(32_000)));
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ code: 'PATHOLOGICAL_MARKDOWN', line: expect.any(Number) })]);
    expect(took).toBeLessThan(1_000);
    expect(slowestRead).toBeLessThan(1_000);
  }, 120_000);

  it('refuses 100,000 nested block quotes with BAD_USER_INPUT, not a stack overflow', async () => {
    const { response, took, slowestRead } = await importWhileReading(withHostileLines('>'.repeat(100_000)));
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/nest/i);
    expect(took).toBeLessThan(1_000);
    expect(slowestRead).toBeLessThan(1_000);
  }, 120_000);

  it('stops reading a report that overruns its time budget, answering BAD_USER_INPUT while reads go on', async () => {
    process.env.IMPORT_PARSE_DEADLINE_MS = '5';
    const { response, slowestRead } = await importWhileReading(shippedReports.dmz2024);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/took longer than 5 ms/);
    expect(slowestRead).toBeLessThan(1_000);
  }, 120_000);

  it('still imports an ordinary report, read off the event loop', async () => {
    const response = await api.query(importMutation, { markdown: shippedReports.dmz2024 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.importIncidentReport.outcome).toBe('CREATED');
    expect(response.data?.importIncidentReport.counts.timelineEvents).toBeGreaterThan(5);
  }, 120_000);
});
