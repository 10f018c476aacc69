import { getNamedType, isInputObjectType, isScalarType, type GraphQLInputObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graph/page-args.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import { toLambdaEvent } from '../../src/server/lambda-event.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from '../api/seed.js';
import { fingerprint } from '../support/fingerprint.js';
import { schema } from '../support/schema-args.js';

const sqlStrings = ["'; drop table incidents; --", "1' or '1'='1", 'x\\"); delete from audit_entries; --', "%' union select secret_hash from api_keys --"];

/** Every string (or ID) field of every filter input, with the root list that takes it. */
function stringFilterFields(): { list: string; argType: string; path: string[] }[] {
  const found: { list: string; argType: string; path: string[] }[] = [];
  const walk = (list: string, argType: string, type: GraphQLInputObjectType, path: string[]) => {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isInputObjectType(named)) walk(list, argType, named, [...path, field.name]);
      else if (isScalarType(named) && ['String', 'ID'].includes(named.name)) found.push({ list, argType, path: [...path, field.name] });
    }
  };
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const filter = field.args.find((a) => a.name === 'filter');
    const type = filter && getNamedType(filter.type);
    if (filter && isInputObjectType(type)) walk(field.name, type.name, type, []);
  }
  return found;
}

const nest = (path: string[], value: unknown): unknown => path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);

export function hostileSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Hostile requests get clear errors and change nothing', (suite) => {
    const expectRefused = async (query: string, code: string, status: number, variables?: Record<string, unknown>) => {
      const before = await fingerprint(suite.database().db);
      const response = await suite.api().query(query, variables);
      expect(response.status).toBe(status);
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(response.data ?? undefined).toBeUndefined();
      expect(await fingerprint(suite.database().db)).toEqual(before);
      return response.errors![0]!.message;
    };

    it('refuses a query 50 levels deep', async () => {
      await seeder(suite.api()).incident('hostile-1', '2024-01-01');
      let selection = 'key';
      for (let i = 0; i < 24; i++) selection = `causes { incident { ${selection} } }`;
      const message = await expectRefused(`{ incident(key: "hostile-1") { ${selection} } }`, 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(message).toMatch(/depth/i);
    });

    it('refuses 1,000 aliases', async () => {
      const fields = Array.from({ length: 1_000 }, (_, i) => `a${i}: teams { totalCount }`).join(' ');
      expect(await expectRefused(`{ ${fields} }`, 'GRAPHQL_VALIDATION_FAILED', 400)).toMatch(/aliases/i);
    });

    it('refuses a 1 MB query document, before parsing it', async () => {
      const big = `{ incidents(filter: { asset: "${'A'.repeat(1024 * 1024)}" }) { totalCount } }`;
      expect(await expectRefused(big, 'PAYLOAD_TOO_LARGE', 413)).toMatch(/larger than 65536 bytes/);
    });

    it('refuses more tokens than the parser allows', async () => {
      const fields = Array.from({ length: 12_000 }, () => 'id').join(' ');
      expect(await expectRefused(`{ ${fields} }`, 'GRAPHQL_PARSE_FAILED', 400)).toMatch(/10000 tokens/);
    });

    it('refuses a costly query even when the page sizes come in variables', async () => {
      const query = `query($n: Int) { incidents(first: $n) { edges { node { key assets { name incidents(first: $n) { edges { node { key title } } } } } } } }`;
      expect(await expectRefused(query, 'GRAPHQL_VALIDATION_FAILED', 400, { n: MAX_PAGE_SIZE })).toMatch(/cost/i);
      const cheap = await suite.api().query(query, { n: 2 });
      expect(cheap.errors).toBeUndefined();
    });

    it('refuses many directives, and pages over the largest', async () => {
      const fields = Array.from({ length: 25 }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ');
      expect(await expectRefused(`{ ${fields} }`, 'GRAPHQL_VALIDATION_FAILED', 400)).toMatch(/directives/i);
      const response = await suite.api().query(`{ incidents(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses batched operations', async () => {
      const before = await fingerprint(suite.database().db);
      const body = JSON.stringify([{ query: '{ __typename }' }, { query: 'mutation { createTeam(input: { name: "batched" }) { id } }' }]);
      const result = await suite.api().handler(toLambdaEvent({ method: 'POST', path: '/graphql', query: '', headers: { 'content-type': 'application/json' }, body }), lambdaContext());
      expect(result.statusCode).toBe(400);
      expect(result.body).toMatch(/batching/i);
      expect(await fingerprint(suite.database().db)).toEqual(before);
    });

    it('treats SQL-looking text in every filter as plain data', async () => {
      const fields = stringFilterFields();
      expect(fields.length).toBeGreaterThan(5);
      const before = await fingerprint(suite.database().db);
      for (const { list, argType, path } of fields) {
        for (const text of sqlStrings) {
          const response = await suite.api().query(`query($filter: ${argType}) { ${list}(first: 5, filter: $filter) { totalCount } }`, { filter: nest(path, text) });
          const codes = (response.errors ?? []).map((e) => e.extensions?.code);
          expect(codes.every((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND'), `${list}.${path.join('.')}: ${JSON.stringify(response.errors)}`).toBe(true);
          if (!codes.length) expect(response.data![list].totalCount).toBe(0);
        }
      }
      expect(await fingerprint(suite.database().db)).toEqual(before);
      expect((await suite.api().ok('{ verifyAuditTrail { intact } }')).verifyAuditTrail.intact).toBe(true);
    });
  });
}
