import type { PageBundle } from '../static/bundle.js';
import { createPageHandler, type PageHandler } from '../static/serve.js';
import { EXPLORER_ASSET_PATH, EXPLORER_PAGE_PATH } from './routes.js';

/** Scripts, styles and data come from this origin only; the charts are SVG drawn by the page's own script. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `GET /explore` and `GET /explore/assets/{name}`. */
export function createExplorerHandler(bundle: PageBundle): PageHandler {
  return createPageHandler(bundle, { page: EXPLORER_PAGE_PATH, asset: EXPLORER_ASSET_PATH, contentSecurityPolicy: CONTENT_SECURITY_POLICY });
}
