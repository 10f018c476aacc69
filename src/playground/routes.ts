import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header } from '../static/request.js';

/** Paths the playground answers; matched at the end so an API Gateway stage prefix does not matter. */
export const PAGE_PATH = /\/(?:graphql|playground)$/;
export const ASSET_PATH = /\/playground\/assets\/([^/]+)$/;

export { header };

/** A browser navigation: a GET that asks for HTML and carries no GraphQL query string. */
export function prefersHtml(event: APIGatewayProxyEventV2): boolean {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (event.queryStringParameters?.query) return false;
  return (header(event, 'accept') ?? '').includes('text/html');
}

/** Whether a request is for the playground: a browser opening the endpoint, the page itself, or one of its assets. */
export function isPlaygroundRequest(event: APIGatewayProxyEventV2): boolean {
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = event.rawPath;
  if (ASSET_PATH.test(path) || path.endsWith('/playground')) return true;
  return path.endsWith('/graphql') && prefersHtml(event);
}
