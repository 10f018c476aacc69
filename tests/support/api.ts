import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Actor } from '../../src/graph/context.js';
import { createLogger } from '../../src/logger.js';
import { createGraphqlHandler, type GraphqlHandler } from '../../src/server/handler.js';
import { lambdaContext, toLambdaEvent } from '../../src/server/lambda-event.js';
import type { Database } from '../../db/types.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Record<string, string>;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** An API Gateway v2 event carrying a GraphQL POST, as API Gateway delivers it. */
export function createEvent(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return toLambdaEvent({
    method: 'POST',
    path: '/graphql',
    query: '',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

export interface Api {
  handler: GraphqlHandler;
  /** Sends a query through the real Lambda handler. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like `query`, but fails the test on any GraphQL error. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function createApi(database: Database, actor: Actor = { id: 'test', role: 'ADMIN' }): Api {
  const handler = createGraphqlHandler({ database, logger: createLogger('silent'), authenticate: async () => actor, production: true, introspection: true });
  const api: Api = {
    handler,
    async query(query, variables) {
      const result = await handler(createEvent(query, variables), lambdaContext());
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
