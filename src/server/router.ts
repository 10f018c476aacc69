import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { isExplorerRequest } from '../explorer/routes.js';
import { isPlaygroundRequest } from '../playground/routes.js';

export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** The pages for people in one handler: the explorer at `/explore`, the playground everywhere else it is asked for. */
export function routePages(pages: { playground: HttpHandler; explorer: HttpHandler }): HttpHandler {
  return (event, context) => (isExplorerRequest(event) ? pages.explorer(event, context) : pages.playground(event, context));
}

/**
 * One local endpoint for the Lambda functions: a browser opening `/graphql`,
 * the playground, the explorer and their assets go to the page handlers,
 * everything else to the GraphQL handler.
 */
export function routeRequests(routes: { graphql: HttpHandler; playground: HttpHandler; explorer?: HttpHandler }): HttpHandler {
  const { explorer, playground, graphql } = routes;
  return (event, context) => {
    if (explorer && isExplorerRequest(event)) return explorer(event, context);
    return isPlaygroundRequest(event) ? playground(event, context) : graphql(event, context);
  };
}
