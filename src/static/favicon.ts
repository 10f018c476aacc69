import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** The pages' icon: a small graph of three linked nodes. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f3a5f"/>' +
  '<path d="M9 22 16 9l7 13Z" fill="none" stroke="#9cc3ff" stroke-width="2"/>' +
  '<circle cx="16" cy="9" r="4" fill="#fff"/><circle cx="9" cy="22" r="4" fill="#fff"/><circle cx="23" cy="22" r="4" fill="#ffb347"/></svg>';

/** For `<link rel="icon">`: no request needed, so it works wherever the page is served. */
export const FAVICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}`;

/** `/favicon.ico` on the local server, for browsers that ask for it anyway. */
export function faviconResponse(): APIGatewayProxyStructuredResultV2 {
  return { statusCode: 200, headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' }, body: FAVICON_SVG };
}
