import { FAVICON_DATA_URL } from '../static/favicon.js';
import type { SavedOperation } from './operations.js';
import { escapeHtml } from '../static/html.js';

export interface PageAssets {
  styles: string[];
  scripts: string[];
}

/** Relative to the page, so it works at `/graphql` and `/playground`, behind any API Gateway stage prefix. */
export const ASSET_PREFIX = 'playground/assets/';

export const PLAYGROUND_TITLE = 'Incident knowledge base';

/** Shown in the headers editor of every tab: where an API key goes. */
export const API_KEY_HEADERS = '{\n  "Authorization": "Bearer <your key>"\n}';

const API_KEY_NOTE =
  'API key: replace <your key> in the Headers tab with your key (Authorization: Bearer …). The local server of npm start needs none.';


/** JSON that cannot close the script element holding it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The playground's HTML: GraphiQL, the saved operations as tabs, the API key header pre-filled. */
export function renderPage(assets: PageAssets, operations: SavedOperation[]): string {
  const config = {
    title: PLAYGROUND_TITLE,
    endpoint: 'graphql',
    headers: API_KEY_HEADERS,
    note: API_KEY_NOTE,
    tabs: operations.map((o) => ({ name: o.name, query: o.query })),
  };
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(PLAYGROUND_TITLE)} — GraphQL playground</title>`,
    `<link rel="icon" href="${escapeHtml(FAVICON_DATA_URL)}">`,
    ...assets.styles.map((s) => `<link rel="stylesheet" href="${escapeHtml(ASSET_PREFIX + s)}">`),
    '</head>',
    '<body>',
    '<div id="graphiql">Loading the playground…</div>',
    `<script type="application/json" id="playground-config">${scriptJson(config)}</script>`,
    ...assets.scripts.map((s) => `<script src="${escapeHtml(ASSET_PREFIX + s)}"></script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
