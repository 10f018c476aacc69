import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { isRead } from '../static/request.js';

/** Paths the explorer answers; matched at the end so an API Gateway stage prefix does not matter. */
export const EXPLORER_PAGE_PATH = /\/explore\/?$/;
export const EXPLORER_ASSET_PATH = /\/explore\/assets\/([^/]+)$/;

export function isExplorerRequest(event: APIGatewayProxyEventV2): boolean {
  return isRead(event) && (EXPLORER_PAGE_PATH.test(event.rawPath) || EXPLORER_ASSET_PATH.test(event.rawPath));
}
