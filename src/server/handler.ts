import { randomUUID } from 'node:crypto';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Logger } from '../logger.js';
import type { Database } from '../../db/types.js';
import type { Actor, GraphQLContext } from '../graph/context.js';
import { createContext } from '../registry/context.js';
import { prefersHtml } from '../playground/routes.js';
import { createApolloServer, type ServerOptions } from './apollo.js';
import { limits, oversizedQuery } from './limits.js';
import { requestFailure } from './request-failure.js';
import { EXPORT_PATH, handleComplianceExport } from '../compliance/http.js';

/** Bodies over this size are refused before parsing (a report is well under it). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

type CjsApolloServer = Parameters<typeof startServerAndCreateLambdaHandler<LambdaRequestHandler, GraphQLContext>>[0];
type LambdaRequestHandler = ReturnType<typeof handlers.createAPIGatewayProxyEventV2RequestHandler>;

export type GraphqlHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface HandlerOptions extends ServerOptions {
  database: Database;
  logger: Logger;
  /** Who is calling, from the request headers. */
  authenticate: (headers: APIGatewayProxyEventV2['headers']) => Promise<Actor>;
  /**
   * Where a browser opening the endpoint is sent (relative to it, e.g. `playground`):
   * API Gateway routes by path, not by Accept header, so on Lambda the page has its own path and function.
   */
  browserRedirect?: string;
}

function tooLarge(): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message: `Request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
  };
}

function queryTooLarge(): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message: `The query document is larger than ${limits.maxQueryBytes} bytes; pass data in variables`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
  };
}

/**
 * The GraphQL endpoint as an API Gateway v2 Lambda handler. The local server
 * and serverless-offline call this same function.
 */
export function createGraphqlHandler(options: HandlerOptions): GraphqlHandler {
  // The integration is CommonJS and sees Apollo's CommonJS typings; the class is the same at run time.
  const server = createApolloServer(options) as unknown as CjsApolloServer;
  const lambdaHandler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    middleware: [
      async (event) => {
        const size = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
        if (size > MAX_BODY_BYTES) return tooLarge();
        const body = event.body && event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
        if (oversizedQuery(event.requestContext.http.method, body, event.queryStringParameters?.query)) return queryTooLarge();
      },
      async (event) => {
        if (options.browserRedirect && prefersHtml(event)) return { statusCode: 303, headers: { location: options.browserRedirect }, body: '' };
      },
    ],
    context: async ({ event, context }) => {
      const requestId = context.awsRequestId || randomUUID();
      let actor: Actor;
      try {
        actor = await options.authenticate(event.headers);
      } catch (error) {
        throw requestFailure(error, requestId, options.logger);
      }
      return createContext({ database: options.database, actor, requestId, logger: options.logger });
    },
  });
  return async (event, context) => {
    if (event.rawPath === EXPORT_PATH) {
      return handleComplianceExport(event, options.database.db, options.authenticate, { requestId: context.awsRequestId || randomUUID(), logger: options.logger });
    }
    return (await lambdaHandler(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
  };
}
