import { Writable } from 'node:stream';
import pino from 'pino';
import type { Database } from '../../db/types.js';
import { createKeyAuthenticator } from '../../src/auth/authenticate.js';
import { createGraphqlHandler, type GraphqlHandler } from '../../src/server/handler.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import { createEvent, type GraphQLResponse } from './api.js';

export interface KeyedApi {
  handler: GraphqlHandler;
  /** Log lines the handler wrote, parsed. */
  logs: Record<string, any>[];
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like `query`, but fails the test on any GraphQL error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * The Lambda handler as production builds it: real API-key authentication against `database`,
 * sending `authorization` on every request, logging into `logs`.
 */
export function createKeyedApi(database: Database, authorization: string): KeyedApi {
  const logs: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const handler = createGraphqlHandler({ database, logger, authenticate: createKeyAuthenticator(database.db), production: true });
  const api: KeyedApi = {
    handler,
    logs,
    async query(query, variables) {
      const result = await handler(createEvent(query, variables, { authorization }), lambdaContext());
      const body = JSON.parse(result.body ?? '{}');
      return { status: result.statusCode ?? 200, headers: (result.headers ?? {}) as Record<string, string>, ...body };
    },
    async ok(query, variables) {
      const response = await api.query(query, variables);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data as never;
    },
  };
  return api;
}
