import { isNonNullType, isObjectType, type GraphQLArgument, type GraphQLField } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graph/page-args.js';
import { schema, sampleValue } from '../support/schema-args.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from './seed.js';

const pageArguments = ['first', 'last'];

/** Every field of the schema that takes a page size, with the page-size arguments it takes. */
const pagedFields = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => !type.name.startsWith('__'))
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => field.args.some((arg) => pageArguments.includes(arg.name)))
      .map((field) => ({ type: type.name, field, sizes: field.args.filter((arg) => pageArguments.includes(arg.name)).map((arg) => arg.name) })),
  );

/** How a query reaches an object of each type that has a paged field; IDs come from the seed. */
const parentOf: Record<string, (ids: Record<string, string>, inner: string) => string> = {
  Query: (_, inner) => inner,
  Pattern: (_, inner) => `recurringPatterns(dimension: ASSET, minIncidents: 1, first: 1) { ${inner} }`,
  SpareHardwareGap: (_, inner) => `spareHardwareGaps(first: 1) { ${inner} }`,
  WebhookSubscription: (_, inner) => `webhookSubscriptions { ${inner} }`,
};
for (const type of ['Asset', 'Incident', 'Party', 'Team', 'Service']) {
  parentOf[type] = (ids, inner) => `node(id: "${ids[type]}") { ... on ${type} { ${inner} } }`;
}

/** A query calling `field` with `size` set to `$n`, its required arguments filled with sample values. */
function queryOf(ids: Record<string, string>, type: string, field: GraphQLField<unknown, unknown>, size: string) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const definitions = ['$n: Int', ...required.map((arg) => `$${arg.name}: ${String(arg.type)}`)].join(', ');
  const call = [`${size}: $n`, ...required.map((arg) => `${arg.name}: $${arg.name}`)].join(', ');
  return {
    query: `query(${definitions}) { ${parentOf[type]!(ids, `${field.name}(${call}) { __typename }`)} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

export function pageSizesSuite(driver: DriverName): void {
  describeOnDriver(driver, `One page-size rule for every list: 0 to ${MAX_PAGE_SIZE}, anything else refused`, (suite) => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const api = suite.api();
      const seed = seeder(api);
      ids.Incident = await seed.incident('page-size-1', '2025-04-01');
      ids.Asset = await seed.asset('PAGE-FW-01', 'FIREWALL', { criticality: 'CRITICAL' });
      await seed.link(ids.Incident, ids.Asset);
      ids.Party = await seed.party('Page Size Analyst');
      await api.ok(`mutation($i: ID!, $p: ID!) { addParticipant(incidentId: $i, partyId: $p, role: LISTED) { id } }`, { i: ids.Incident, p: ids.Party });
      ids.Team = (await api.ok(`mutation { createTeam(input: { name: "Page size team" }) { id } }`)).createTeam.id;
      ids.Service = await seed.service('Page size service');
      await api.ok(`mutation { createWebhookSubscription(input: { name: "page sizes", url: "https://hooks.example.com/ikb", eventTypes: [INCIDENT_CREATED] }) { secret } }`);
    });

    it('reaches every field that takes a page size', () => {
      expect(pagedFields.length).toBeGreaterThan(20);
      expect(pagedFields.filter(({ type }) => !parentOf[type]).map(({ type, field }) => `${type}.${field.name}`), 'paged fields this suite cannot reach').toEqual([]);
    });

    for (const { type, field, sizes } of pagedFields) {
      for (const size of sizes) {
        it(`${type}.${field.name}: ${size} below 0 or above ${MAX_PAGE_SIZE} is BAD_USER_INPUT naming it; ${MAX_PAGE_SIZE} is answered`, async () => {
          const { query, variables } = queryOf(ids, type, field, size);
          const negative = await suite.api().query(query, { ...variables, n: -1 });
          expect(negative.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', `\`${size}\` must be a non-negative integer`]]);
          const over = await suite.api().query(query, { ...variables, n: MAX_PAGE_SIZE + 1 });
          expect(over.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', `\`${size}\` may be at most ${MAX_PAGE_SIZE}`]]);
          const full = await suite.api().query(query, { ...variables, n: MAX_PAGE_SIZE });
          expect(full.errors).toBeUndefined();
        });
      }
    }
  });
}
