import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext, toLambdaEvent } from '../../src/server/lambda-event.js';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

describeWithServer("The caller's mistakes are BAD_USER_INPUT saying what was wrong, never an internal error", () => {
  let testDatabase: TestDatabase;
  let api: KeyedApi;
  let authorization: string;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    ({ authorization } = await issueApiKey(testDatabase.database, 'ADMIN'));
    api = createKeyedApi(testDatabase.database, authorization);
  });

  afterAll(async () => {
    await testDatabase?.dispose();
  });

  const codesOf = async (query: string, variables?: Record<string, unknown>) => {
    const response = await api.query(query, variables);
    return { codes: response.errors?.map((e) => e.extensions?.code), message: response.errors?.[0]?.message ?? '' };
  };

  it.each([
    ['an asset lookup', '{ asset(nameOrAlias: $text) { id } }'],
    ['a search', '{ search(text: $text) { kind } }'],
    ['an audit filter', '{ auditTrail(actor: $text) { totalCount } }'],
    ['an incident filter', '{ incidents(filter: { asset: $text }) { totalCount } }'],
  ])('refuses a NUL byte in %s', async (_what, body) => {
    const query = `query($text: String!) ${body}`;
    const { codes, message } = await codesOf(query, { text: 'VMS\u0000010' });
    expect(codes).toEqual(['BAD_USER_INPUT']);
    expect(message).toMatch(/NUL/);
  });

  it('refuses a NUL byte in names and symptoms, written as literals or variables', async () => {
    expect((await codesOf('mutation { createTeam(input: { name: "Net\\u0000work" }) { id } }')).codes).toEqual(['BAD_USER_INPUT']);
    const symptoms = await codesOf('mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id } }', {
      input: { key: 'nul-symptom', title: 'NUL', startedOn: '2025-01-01', symptoms: ['fine', 'bad\u0000'] },
    });
    expect(symptoms.codes).toEqual(['BAD_USER_INPUT']);
    expect(symptoms.message).toMatch(/input\.symptoms\.1/);
  });

  it('refuses in mutations the control characters the importer refuses (ESC, BEL, U+202E)', async () => {
    for (const bad of ['\u001b[31mred', 'bell\u0007', 'abc\u202Edef']) {
      const { codes, message } = await codesOf('mutation($name: String!) { createTeam(input: { name: $name }) { id } }', { name: bad });
      expect(codes, JSON.stringify(bad)).toEqual(['BAD_USER_INPUT']);
      expect(message).toMatch(/control character/);
    }
    // Tabs and line breaks are text.
    expect((await codesOf('mutation($name: String!) { createTeam(input: { name: $name }) { id } }', { name: 'Line\tone' })).codes).toBeUndefined();
  });

  it('refuses a cursor that decodes to values of the wrong types', async () => {
    for (const after of [cursor(['not a date', 'not-a-uuid']), cursor([12, 34])]) {
      const { codes } = await codesOf('query($after: String) { incidents(first: 5, after: $after) { totalCount } }', { after });
      expect(codes, after).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses a date the database cannot hold, in GraphQL and in the export', async () => {
    const { codes, message } = await codesOf('{ complianceReport(since: "0000-01-01T00:00:00Z", until: "2025-01-01T00:00:00Z") { incidents { key } } }');
    expect(codes).toEqual(['BAD_USER_INPUT']);
    expect(message).toMatch(/since/);
    const exported = await api.handler(
      toLambdaEvent({ method: 'GET', path: '/export/compliance', query: 'since=0000-01-01&until=2025-01-01&format=json', headers: { authorization }, body: undefined }),
      lambdaContext(),
    );
    expect(exported.statusCode).toBe(400);
    expect(JSON.parse(exported.body!).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a persisted query whose hash does not match its text', async () => {
    const query = '{ incidents(first: 1) { totalCount } }';
    const wrong = createHash('sha256').update('something else').digest('hex');
    const result = await api.handler(
      toLambdaEvent({
        method: 'POST', path: '/graphql', query: '', headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } }),
      }),
      lambdaContext(),
    );
    const body = JSON.parse(result.body!);
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.statusCode).toBe(400);
  });

  it.each([70_000, 150_000])('refuses a list argument of %i items, naming the cap', async (size) => {
    const { codes, message } = await codesOf('query($statuses: [RecommendationStatus!]) { recommendations(filter: { statuses: $statuses }) { totalCount } }', {
      statuses: Array(size).fill('PROPOSED'),
    });
    expect(codes).toEqual(['BAD_USER_INPUT']);
    expect(message).toMatch(/at most \d+ items/);
  });
});
