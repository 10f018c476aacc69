import type { PageBundle } from '../static/bundle.js';
import { createPageHandler, type PageHandler } from '../static/serve.js';
import { ASSET_PATH, PAGE_PATH } from './routes.js';

export type PlaygroundHandler = PageHandler;

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

/** The GraphiQL page (at `/graphql` for a browser, and at `/playground`) and its content-hashed assets. */
export function createPlaygroundHandler(bundle: PageBundle): PlaygroundHandler {
  return createPageHandler(bundle, { page: PAGE_PATH, asset: ASSET_PATH, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
}
