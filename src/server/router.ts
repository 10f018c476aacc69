import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { isPlaygroundRequest } from '../playground/routes.js';

export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * One local endpoint for two Lambda functions: a browser opening `/graphql`
 * and the playground's assets go to the playground handler, everything else
 * to the GraphQL handler.
 */
export function routeRequests(routes: { graphql: HttpHandler; playground: HttpHandler }): HttpHandler {
  return (event, context) => (isPlaygroundRequest(event) ? routes.playground(event, context) : routes.graphql(event, context));
}
