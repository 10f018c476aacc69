import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { seedShippedReports } from '../../src/import/seed.js';
import { createLogger } from '../../src/logger.js';
import { buildExecutableSchema } from '../../src/server/schema.js';
import { createApi, type Api } from '../support/api.js';

const docs = new URL('../../docs/', import.meta.url);

/** The README and every Markdown file in docs/. */
function documentationFiles(): { name: string; text: string }[] {
  const names = readdirSync(docs).filter((name) => name.endsWith('.md')).sort();
  return [
    { name: 'README.md', text: readFileSync(new URL('../../README.md', import.meta.url), 'utf8') },
    ...names.map((name) => ({ name: `docs/${name}`, text: readFileSync(new URL(name, docs), 'utf8') })),
  ];
}

/** Every operation in the documentation's GraphQL blocks: a line starting at column 0 opens one, indented lines continue it. */
function readmeOperations(): string[] {
  const operations: string[] = [];
  const text = documentationFiles().map((file) => file.text).join('\n');
  for (const [, block] of text.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    for (const line of block!.split('\n')) {
      if (/^(\{|query|mutation)/.test(line)) operations.push(line);
      else if (/^\s+\S/.test(line) && operations.length) operations[operations.length - 1] += `\n${line}`;
    }
  }
  return operations;
}

const operations = readmeOperations();
const queries = operations.filter((o) => !o.startsWith('mutation'));

describe('Every GraphQL example in the README and docs/ works on the shipped reports', () => {
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

  it('finds examples in the README and in the moved documents', () => {
    for (const name of ['README.md', 'docs/analytics.md', 'docs/auditing.md', 'docs/webhooks.md']) {
      const file = documentationFiles().find((f) => f.name === name);
      expect(file?.text, name).toMatch(/```graphql\n/);
    }
  });

  it('every relative link and image in the documentation points at a file that exists', () => {
    const missing: string[] = [];
    for (const file of documentationFiles()) {
      const base = new URL(file.name, new URL('../../', import.meta.url));
      for (const [, target] of file.text.matchAll(/(?:\]\(|src=")([^)"#\s]+)(?:#[^)"]*)?[)"]/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(new URL(target!, base))) missing.push(`${file.name} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
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
