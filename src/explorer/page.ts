import { escapeHtml } from '../static/html.js';
export interface PageAssets {
  styles: string[];
  scripts: string[];
}

/** Relative to the page at `/explore`, so it works behind any API Gateway stage prefix. */
export const ASSET_PREFIX = 'explore/assets/';


/** The explorer's HTML: the frame (navigation, API key field) is static; the script fills `#view` from the address. */
export function renderExplorerPage(assets: PageAssets): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Explorer — Incident knowledge base</title>',
    // No icon file: the browser would otherwise ask the API for /favicon.ico on every first load.
    '<link rel="icon" href="data:,">',
    ...assets.styles.map((s) => `<link rel="stylesheet" href="${escapeHtml(ASSET_PREFIX + s)}">`),
    ...assets.scripts.map((s) => `<script type="module" src="${escapeHtml(ASSET_PREFIX + s)}"></script>`),
    '</head>',
    '<body>',
    '<a class="skip" href="#view">Skip to the view</a>',
    '<header>',
    '<p class="brand">Incident knowledge base — explorer</p>',
    '<nav aria-label="Views"><ul>',
    '<li><a data-view="incident" href="#/incident/2024-08-dmz-migration-and-panel-system-failure">Incident timeline</a></li>',
    '<li><a data-view="patterns" href="#/patterns?dimension=CAUSE_CATEGORY">Recurring patterns</a></li>',
    '<li><a data-view="asset" href="#/asset/VMS-010">Asset neighbourhood</a></li>',
    '<li><a data-view="import" href="#/import">Import</a></li>',
    '<li><a href="playground">Playground</a></li>',
    '</ul></nav>',
    '<form id="api-key-form" autocomplete="off">',
    '<label for="api-key">API key</label>',
    '<input id="api-key" type="password" size="18" placeholder="Bearer key, if needed">',
    '<button type="submit">Use</button>',
    '<span id="api-key-state" role="status"></span>',
    '</form>',
    '</header>',
    '<main id="view" tabindex="-1" aria-live="polite"><p>Loading…</p></main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
