import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { EXPORT_PATH } from '../compliance/path.js';
import { isExplorerRequest } from '../explorer/routes.js';
import { faviconResponse } from '../static/favicon.js';
import { isPlaygroundRequest } from '../playground/routes.js';

export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** The pages for people in one handler: the explorer at `/explore`, the playground everywhere else it is asked for. */
export function routePages(pages: { playground: HttpHandler; explorer: HttpHandler }): HttpHandler {
  return (event, context) => (isExplorerRequest(event) ? pages.explorer(event, context) : pages.playground(event, context));
}

/**
 * One local endpoint for the Lambda functions: a browser opening `/graphql`,
 * the playground, the explorer and their assets go to the page handlers,
 * `/graphql` and `/export/compliance` to the GraphQL handler; `/` leads to the
 * playground, `/favicon.ico` is the pages' icon, anything else is 404.
 */
export function routeRequests(routes: { graphql: HttpHandler; playground: HttpHandler; explorer?: HttpHandler }): HttpHandler {
  const { explorer, playground, graphql } = routes;
  return async (event, context) => {
    if (explorer && isExplorerRequest(event)) return explorer(event, context);
    if (isPlaygroundRequest(event)) return playground(event, context);
    const path = event.rawPath;
    if (path === '/graphql' || path === EXPORT_PATH) return graphql(event, context);
    if (path === '/') return { statusCode: 303, headers: { location: '/graphql' }, body: '' };
    if (path === '/favicon.ico') return faviconResponse();
    return notFound(path);
  };
}

function notFound(path: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 404,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message: `Nothing is served at ${path}: the API is /graphql, the pages /graphql (in a browser) and /explore`, extensions: { code: 'NOT_FOUND' } }] }),
  };
}
