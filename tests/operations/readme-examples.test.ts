import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { seedShippedReports } from '../../src/import/seed.js';
import { createLogger } from '../../src/logger.js';
import { buildExecutableSchema } from '../../src/server/schema.js';
import { createApi, type Api } from '../support/api.js';

/** Every operation in the README's GraphQL blocks: a line starting at column 0 opens one, indented lines continue it. */
function readmeOperations(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const operations: string[] = [];
  for (const [, block] of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    for (const line of block!.split('\n')) {
      if (/^(\{|query|mutation)/.test(line)) operations.push(line);
      else if (/^\s+\S/.test(line) && operations.length) operations[operations.length - 1] += `\n${line}`;
    }
  }
  return operations;
}

const operations = readmeOperations();
const queries = operations.filter((o) => !o.startsWith('mutation'));

describe('Every GraphQL example in the README works on the shipped reports', () => {
  let database: Database;
  let api: Api;
  beforeAll(async () => {
    database = await openPglite();
    await seedShippedReports(database, createLogger('silent'));
    api = createApi(database);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('finds the examples', () => {
    expect(queries.length).toBeGreaterThan(10);
  });

  it('every example, mutations included, is valid against the schema', () => {
    const schema = buildExecutableSchema();
    for (const operation of operations) expect(validate(schema, parse(operation)).map((e) => e.message), operation).toEqual([]);
  });

  it.each(queries.map((q) => [q.split('\n')[0]!.slice(0, 90), q]))('answers %s with data and no errors', async (_name, query) => {
    const response = await api.query(query);
    expect(response.errors, query).toBeUndefined();
    for (const [field, value] of Object.entries(response.data ?? {})) expect(value, `${field} in ${query}`).not.toBeNull();
  });
});
