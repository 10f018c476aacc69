import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import Negotiator from 'negotiator';
import type { Encoding, LoadedFile, PageBundle } from './bundle.js';
import { header, isRead } from './request.js';

export type PageHandler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Smallest first: on a tie in the browser's preferences, brotli wins. */
const SERVED_ENCODINGS: readonly Encoding[] = ['br', 'gzip', 'identity'];

// negotiator 1.x breaks ties by the server's preference; its published types predate that option.
type EncodingsWithPreference = (available: readonly string[], options: { preferred: readonly string[] }) => string[];

function pickEncoding(event: APIGatewayProxyEventV2): Encoding {
  const acceptEncoding = header(event, 'accept-encoding');
  if (!acceptEncoding) return 'identity';
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  const [chosen] = (negotiator.encodings as EncodingsWithPreference).call(negotiator, SERVED_ENCODINGS, { preferred: SERVED_ENCODINGS });
  return (chosen as Encoding | undefined) ?? 'identity';
}

export function plain(statusCode: number, message: string, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body: message };
}

function serve(event: APIGatewayProxyEventV2, file: LoadedFile, headers: Record<string, string>): APIGatewayProxyStructuredResultV2 {
  const etag = `"${file.hash}"`;
  const common = { etag, vary: 'accept-encoding', 'x-content-type-options': 'nosniff', ...headers };
  if (header(event, 'if-none-match')?.split(/\s*,\s*/).includes(etag)) return { statusCode: 304, headers: common };
  const encoding = pickEncoding(event);
  const body = file.bodies[encoding];
  return {
    statusCode: 200,
    headers: {
      ...common,
      'content-type': file.contentType,
      'content-length': String(body.length),
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    },
    // API Gateway sends a base64 body as bytes; HEAD gets the headers only.
    body: event.requestContext.http.method === 'HEAD' ? '' : body.toString('base64'),
    isBase64Encoded: true,
  };
}

export interface PageRoutes {
  /** Paths that get the HTML page. */
  page: RegExp;
  /** Paths of its assets; the first group is the asset's file name. */
  asset: RegExp;
  /** The page's Content-Security-Policy. */
  contentSecurityPolicy: string;
}

/**
 * Serves a built page and its content-hashed assets from memory: each
 * response compressed as the browser accepts, assets cached for a year,
 * the page revalidated by ETag.
 */
export function createPageHandler(bundle: PageBundle, routes: PageRoutes): PageHandler {
  return async (event) => {
    if (!isRead(event)) return plain(405, 'Method not allowed', { allow: 'GET, HEAD' });
    const path = event.rawPath;
    if (routes.page.test(path)) {
      return serve(event, bundle.page, { 'cache-control': 'no-cache', 'content-security-policy': routes.contentSecurityPolicy, 'referrer-policy': 'no-referrer' });
    }
    const asset = routes.asset.exec(path)?.[1];
    const file = asset === undefined ? undefined : bundle.assets.get(asset);
    if (file) return serve(event, file, { 'cache-control': IMMUTABLE });
    return plain(404, 'Not found', { 'cache-control': 'no-cache' });
  };
}
