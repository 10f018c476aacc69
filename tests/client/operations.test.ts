import { buildSchema, Kind, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { AssetHistoryByAliasDocument, ApiRequestError, createClient } from '../../src/client/index.js';
import { typeDefs } from '../../src/generated/type-defs.js';
import { readSavedOperations } from '../../src/playground/operations.js';
import { DEFAULT_OPERATIONS_DIR } from '../../src/playground/paths.js';
import { seeder } from '../api/seed.js';
import { createApi } from '../support/api.js';
import { lambdaFetch } from '../support/lambda-fetch.js';

describe("the analysts' saved operations (operations/*.graphql)", () => {
  it('are each one named operation that validates against the schema', async () => {
    const schema = buildSchema(typeDefs);
    const operations = await readSavedOperations(DEFAULT_OPERATIONS_DIR);
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      expect({ file: operation.file, errors: validate(schema, parse(operation.query)).map((e) => e.message) }).toEqual({ file: operation.file, errors: [] });
    }
  });

  it('run as they open in the playground: every variable has a default or may be null', async () => {
    for (const operation of await readSavedOperations(DEFAULT_OPERATIONS_DIR)) {
      const definition = parse(operation.query).definitions[0];
      const required = definition?.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue).map((v) => v.variable.name.value)
        : [];
      expect({ file: operation.file, required }).toEqual({ file: operation.file, required: [] });
    }
  });
});

describe('the typed client generated from them', () => {
  let database: Database;
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    database = await openPglite();
    const api = createApi(database);
    const seed = seeder(api);
    const incident = await seed.incident('2024-08-dmz-migration-and-panel-system-failure', '2024-08-16');
    await seed.link(incident, await seed.asset('VMS-010', 'VM', { aliases: ['VMS10'] }));
    client = createClient({ url: 'https://api.invalid/graphql', apiKey: 'key', fetch: lambdaFetch(api.handler) });
  });
  afterAll(async () => {
    await database.close();
  });

  it('runs a saved operation through the Lambda handler and returns typed data', async () => {
    const data = await client.request(AssetHistoryByAliasDocument, { alias: 'vms 010', first: 5 });
    expect(data.asset?.name).toBe('VMS-010');
    expect(data.asset?.incidents.totalCount).toBe(1);
    expect(data.asset?.incidents.edges.map((e) => e.node.key)).toEqual(['2024-08-dmz-migration-and-panel-system-failure']);
  });

  it('raises the API error codes', async () => {
    const failure = await client.request(AssetHistoryByAliasDocument, { first: 500 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect((failure as ApiRequestError).errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
