import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import Negotiator from 'negotiator';
import type { Encoding, LoadedFile, PlaygroundBundle } from './bundle.js';
import { ASSET_PATH, header, PAGE_PATH } from './routes.js';

export type PlaygroundHandler = (event: APIGatewayProxyEventV2, context?: Context) => Promise<APIGatewayProxyStructuredResultV2>;


/** Everything the page loads comes from this origin; GraphiQL sets inline styles, and its fonts and icons are data URLs. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

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

function plain(statusCode: number, message: string, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
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

/**
 * Serves the GraphiQL page (at `/graphql` for a browser, and at `/playground`)
 * and its content-hashed assets from memory: each response compressed as the
 * browser accepts, assets cached for a year, the page revalidated by ETag.
 */
export function createPlaygroundHandler(bundle: PlaygroundBundle): PlaygroundHandler {
  return async (event) => {
    const method = event.requestContext.http.method;
    if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', { allow: 'GET, HEAD' });
    const path = event.rawPath;
    if (PAGE_PATH.test(path)) {
      return serve(event, bundle.page, { 'cache-control': 'no-cache', 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' });
    }
    const asset = ASSET_PATH.exec(path)?.[1];
    const file = asset === undefined ? undefined : bundle.assets.get(asset);
    if (file) return serve(event, file, { 'cache-control': IMMUTABLE });
    return plain(404, 'Not found', { 'cache-control': 'no-cache' });
  };
}
