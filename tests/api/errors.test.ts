import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppDb, Database } from '../../db/types.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import { createEvent } from '../support/api.js';

/** A database whose every query fails the way a bug would: with driver text a client must never see. */
function brokenDatabase(): Database {
  const fail = () => {
    throw new Error('relation "secret_internal_table" does not exist at /srv/app/db.ts:42');
  };
  const db = new Proxy({}, { get: () => fail }) as unknown as AppDb;
  return { db, driver: 'pglite', statementCount: () => 0, close: async () => {} };
}

function capturingLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: pino({ level: 'error' }, stream), lines };
}

describe('Unexpected errors in production', () => {
  it('answer INTERNAL_SERVER_ERROR with a request id, no stack and no internal text, and are logged under that id', async () => {
    const { logger, lines } = capturingLogger();
    const handler = createGraphqlHandler({
      database: brokenDatabase(), logger, authenticate: async () => ({ id: 'test', role: 'ADMIN' }), production: true,
    });
    const result = await handler(createEvent('{ incidents { totalCount } }'), lambdaContext('0f0e0d0c-0000-4000-8000-000000001234'));
    const body = JSON.parse(result.body!);
    expect(result.statusCode).toBe(200);
    expect(body.errors).toEqual([
      { message: 'Internal server error', path: ['incidents'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '0f0e0d0c-0000-4000-8000-000000001234' } },
    ]);
    expect(result.body).not.toMatch(/secret_internal_table|db\.ts|stack/);
    expect(result.headers?.['x-request-id']).toBe('0f0e0d0c-0000-4000-8000-000000001234');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toContainEqual(expect.objectContaining({ requestId: '0f0e0d0c-0000-4000-8000-000000001234', msg: 'unexpected error' }));
    expect(JSON.stringify(lines)).toMatch(/secret_internal_table/);
  });

  it('answer malformed GraphQL with GRAPHQL_PARSE_FAILED and an oversize body with PAYLOAD_TOO_LARGE', async () => {
    const { logger } = capturingLogger();
    const handler = createGraphqlHandler({
      database: brokenDatabase(), logger, authenticate: async () => ({ id: 'test', role: 'ADMIN' }), production: true,
    });
    const malformed = await handler(createEvent('{ incidents { '), lambdaContext());
    expect(malformed.statusCode).toBe(400);
    expect(JSON.parse(malformed.body!).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const huge = await handler(createEvent('{ __typename }', { pad: 'x'.repeat(3 * 1024 * 1024) }), lambdaContext());
    expect(huge.statusCode).toBe(413);
    expect(JSON.parse(huge.body!).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
