import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { causes, incidents } from '../../db/schema/index.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { packageService, unpackFunction } from '../../scripts/lambda-artifact.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import type { GraphqlHandler } from '../../src/server/handler.js';
import { createEvent } from '../support/api.js';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { getEvent, withEnv } from './bundle-env.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

/** The chunks a module imports statically (`import … from "./chunks/…"`), transitively: what loads with it. */
async function staticChunks(dir: string, code: string, seen = new Set<string>()): Promise<string[]> {
  for (const [, path] of code.matchAll(/(?:^|[;\n])import\s*(?:[^"'();]*?from\s*)?"(\.\/[\w/-]+\.mjs)"/g)) {
    const file = join(dir, path!);
    if (seen.has(file)) continue;
    seen.add(file);
    await staticChunks(dirname(file), await readFile(file, 'utf8'), seen);
  }
  return [...seen];
}

describeWithServer('The deployment artifact (serverless package) as Lambda runs it, on PostgreSQL', () => {
  let work: string;
  let bundlePath: string;
  let files: string[];
  let handler: GraphqlHandler;
  let testDatabase: TestDatabase;
  let auth: { authorization: string };

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    work = await mkdtemp(join(tmpdir(), 'ikb-artifact-'));
    await packageService(join(work, 'out'));
    files = await unpackFunction(join(work, 'out'), 'graphql', join(work, 'task'));
    bundlePath = join(work, 'task', 'functions', 'graphql.mjs');
    testDatabase = await createTestDatabase('postgres');
    auth = await issueApiKey(testDatabase.database);
    const { url, wsProxy } = testDatabase.connection!;
    // Lambda reads its configuration from the environment when the module loads.
    const module = await withEnv({ DATABASE_URL: url, DATABASE_WS_PROXY: wsProxy, LOG_LEVEL: 'silent' }, () => import(pathToFileURL(bundlePath).href));
    handler = module.handler;
  }, 180_000);

  afterAll(async () => {
    await testDatabase?.dispose();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('is a minified ES module under 1.5 MB with what it loads before a first answer, the language chunk beside it, and no embedded database', async () => {
    const names = files.map((f) => f.slice(join(work, 'task').length + 1));
    expect(names).toContain('functions/graphql.mjs');
    // The language chunk is loaded only when a report is imported; the handler never imports it at start-up.
    expect(names).toContain('.build/classifier/cause-language.mjs');
    expect(
      names.filter((n) => n !== 'functions/graphql.mjs' && n !== '.build/classifier/cause-language.mjs').every((n) => /^functions\/chunks\/[\w-]+\.mjs$/.test(n)),
    ).toBe(true);
    const code = await readFile(bundlePath, 'utf8');
    const eager = await staticChunks(join(work, 'task', 'functions'), code);
    const sizes = await Promise.all([bundlePath, ...eager].map(async (f) => (await stat(f)).size));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    for (const file of files) expect(await readFile(file, 'utf8')).not.toMatch(/pglite/i);
    // Minified: long lines (only template strings such as the SDL and SQL keep their line breaks); source averages ~40
    // characters. Measured over what loads before a first answer: the entry alone is now mostly the SDL's short lines.
    const loaded = [code, ...(await Promise.all(eager.map((f) => readFile(f, 'utf8'))))].join('\n');
    expect(loaded.length / loaded.split('\n').length).toBeGreaterThan(400);
  });

  it('keeps the report importer, the CSV writer and the logger out of what loads before a first answer', async () => {
    const code = await readFile(bundlePath, 'utf8');
    const eager = await Promise.all((await staticChunks(join(work, 'task', 'functions'), code)).map((f) => readFile(f, 'utf8')));
    const loaded = [code, ...eager].join('\n');
    // Marks of the Markdown parser (micromark), the importer's heuristics and the CSV writer (csv-stringify).
    expect(loaded).not.toMatch(/micromark|mdast|quoted_match|record_delimiter/);
    // pino and its writer load with the first log entry (a successful request writes none).
    expect(loaded).not.toMatch(/sonic boom is not ready|redactFmtSym/);
    expect(files.some((f) => /\/pino-[\w]+\.mjs$/.test(f))).toBe(true);
    expect(files.some((f) => /import-report-[\w]+\.mjs$/.test(f))).toBe(true);
  });

  it('imports a report through the lazily loaded importer chunk', async () => {
    const markdown = await readFile(new URL('../../reports/2025-06-edge-firewall-upgrade-outage.md', import.meta.url), 'utf8');
    const result = await handler(
      createEvent(`mutation($markdown: String!) { importIncidentReport(markdown: $markdown, dryRun: true) { dryRun } }`, { markdown }, auth),
      lambdaContext(),
    );
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ data: { importIncidentReport: { dryRun: true } } });
  });

  it('writes through POST and reads through GET with API Gateway v2 events', async () => {
    const created = await handler(
      createEvent(`mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id key } }`, {
        input: { key: 'bundle-1', title: 'Written by the packaged handler', startedOn: '2025-03-01' },
      }, auth),
      lambdaContext(),
    );
    expect(created.statusCode).toBe(200);
    const id = JSON.parse(created.body!).data.createIncident.id as string;

    const read = await handler(getEvent('query($key: String!) { incident(key: $key) { id title } }', { key: 'bundle-1' }, { 'apollo-require-preflight': 'true', ...auth }), lambdaContext());
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body!)).toEqual({ data: { incident: { id, title: 'Written by the packaged handler' } } });
    expect(read.headers?.['x-request-id']).toBeTruthy();

    // The row is in the server's database, not in a copy the bundle keeps.
    const rows = await testDatabase.database.db.select({ title: incidents.title }).from(incidents).where(eq(incidents.key, 'bundle-1'));
    expect(rows).toEqual([{ title: 'Written by the packaged handler' }]);
  });

  it('imports a report through the packaged bundle, loading the language chunk on the first report read', async () => {
    const result = await handler(createEvent(importMutation, { markdown: shippedReports.backup2025 }, auth), lambdaContext());
    expect(JSON.parse(result.body!).data.importIncidentReport.outcome).toBe('CREATED');
    const [row] = await testDatabase.database.db.select().from(causes).where(eq(causes.text, 'Nightly backups had failed silently for five weeks and backup failures were not monitored.'));
    expect(row?.categoryEvidence.map((e) => e.source)).toContain('WORDS');
  });

  it('refuses a GET query a browser could send cross-site, and mutations over GET', async () => {
    const simple = await handler(getEvent('{ __typename }', undefined, {}), lambdaContext());
    expect(simple.statusCode).toBe(400);
    const mutation = await handler(
      getEvent(`mutation { createIncident(input: { key: "bundle-get", title: "t", startedOn: "2025-03-02" }) { id } }`, undefined, { 'apollo-require-preflight': 'true', ...auth }),
      lambdaContext(),
    );
    expect(mutation.statusCode).toBe(405);
  });

  it('answers UNAUTHENTICATED with HTTP 401 when no API key is sent', async () => {
    const result = await handler(createEvent('{ incidents { totalCount } }'), lambdaContext());
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(result.body!).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers unknown fields with a validation error code, not a crash', async () => {
    const result = await handler(createEvent('{ noSuchField }', undefined, auth), lambdaContext());
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body!).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('imports a report, reading it on a worker thread started from the bundle itself, and refuses a hostile one', async () => {
    const imported = await handler(createEvent(importMutation, { markdown: shippedReports.firewall2025 }, auth), lambdaContext());
    expect(JSON.parse(imported.body!).data.importIncidentReport.outcome).toBe('CREATED');
    const hostile = await handler(createEvent(importMutation, { markdown: `${shippedReports.firewall2025}\n${'*a'.repeat(32_000)}\n` }, auth), lambdaContext());
    expect(JSON.parse(hostile.body!).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  }, 60_000);
});
