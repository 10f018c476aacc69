import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { loadExplorerBundle } from '../../src/explorer/bundle.js';
import { createExplorerHandler } from '../../src/explorer/handler.js';
import { DEFAULT_EXPLORER_DIR } from '../../src/explorer/paths.js';
import { loadPlaygroundBundle } from '../../src/playground/bundle.js';
import { createPlaygroundHandler } from '../../src/playground/handler.js';
import { DEFAULT_PLAYGROUND_DIR } from '../../src/playground/paths.js';
import type { PageManifest } from '../../src/static/built.js';
import type { PageBundle } from '../../src/static/bundle.js';
import { FIRST_VIEW_GZIP_BUDGET, firstViewFiles } from '../../src/explorer/weight.js';
import { routePages, routeRequests } from '../../src/server/router.js';
import { createApi } from '../support/api.js';
import { lambdaFetch } from '../support/lambda-fetch.js';

const origin = 'http://127.0.0.1';

let bundle: PageBundle;
let explorer: typeof fetch;

beforeAll(async () => {
  bundle = await loadExplorerBundle(DEFAULT_EXPLORER_DIR);
  explorer = lambdaFetch(createExplorerHandler(bundle));
});

const assetUrls = (html: string) => [...html.matchAll(/(?:src|href)="(explore\/assets\/[^"]+)"/g)].map((m) => m[1]!);

describe('the explorer page', () => {
  it('is served at /explore (under any stage prefix) as HTML that revalidates, with a strict content security policy', async () => {
    for (const path of ['/explore', '/prod/explore']) {
      const response = await explorer(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'; script-src 'self'; style-src 'self'");
      expect(await response.text()).toContain('<main id="view"');
    }
  });

  it('loads one script and one style sheet, from its own origin, under content-hashed names', async () => {
    const html = await (await explorer(`${origin}/explore`)).text();
    const urls = assetUrls(html);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url).toMatch(/^explore\/assets\/explore\.[0-9a-f]{10}\.(js|css)$/);
    expect(urls.map((u) => u.split('/').pop())).toEqual(expect.arrayContaining([...bundle.assets.keys()].filter((name) => name.startsWith('explore.'))));
    // No address elsewhere in the page or its scripts: d3 and the views are bundled in (the SVG namespace is a name, not a request).
    for (const script of [...bundle.assets.values()].filter((a) => a.name.endsWith('.js'))) {
      const urlsInScript = [...script.bodies.identity.toString('utf8').matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => m[0]);
      expect(new Set(urlsInScript), script.name).toEqual(new Set(urlsInScript.length ? ['http://www.w3.org/2000/svg'] : []));
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('keeps the Import view and the asset graph out of the first view: built apart, named by the first script, within the weight budget', async () => {
    const names = [...bundle.assets.keys()];
    const apart = names.filter((name) => !name.startsWith('explore.'));
    expect(apart.map((name) => name.replace(/\.[0-9a-f]{10}\./, '.*.')).sort()).toEqual(['asset.*.js', 'import.*.css', 'import.*.js']);
    const first = [...bundle.assets.values()].find((a) => a.name.startsWith('explore.') && a.name.endsWith('.js'))!;
    const firstScript = first.bodies.identity.toString('utf8');
    for (const name of apart) expect(firstScript).toContain(name);
    // The Import view's code (its operations) and d3-force's are in their own files only.
    expect(firstScript).not.toContain('ExplorerImportReport');
    expect(firstScript).not.toContain('velocityDecay');
    expect(bundle.assets.get(apart.find((n) => n.startsWith('asset.'))!)!.bodies.identity.toString('utf8')).toContain('velocityDecay');
    expect(bundle.assets.get(apart.find((n) => n.startsWith('import.') && n.endsWith('.js'))!)!.bodies.identity.toString('utf8')).toContain('ExplorerImportReport');

    const manifest = JSON.parse(await readFile(join(DEFAULT_EXPLORER_DIR, 'manifest.json'), 'utf8')) as PageManifest;
    const firstView = firstViewFiles(manifest);
    expect(firstView.map((f) => f.name).sort()).toEqual(['index.html', ...names.filter((n) => n.startsWith('explore.'))].sort());
    const gzip = firstView.reduce((sum, f) => sum + f.gzip, 0);
    expect(gzip).toBeLessThanOrEqual(FIRST_VIEW_GZIP_BUDGET);
  });

  it('serves its assets compressed as the browser accepts, cached for a year', async () => {
    for (const file of bundle.assets.values()) {
      const url = `${origin}/explore/assets/${file.name}`;
      const br = await explorer(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer()))).toEqual(await readFile(join(DEFAULT_EXPLORER_DIR, file.name)));
      const gzip = await explorer(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(gunzipSync(Buffer.from(await gzip.arrayBuffer()))).toEqual(file.bodies.identity);
      const again = await explorer(url, { headers: { 'if-none-match': br.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
  });

  it('answers an unknown asset with 404 and a write with 405', async () => {
    expect((await explorer(`${origin}/explore/assets/explore.0000000000.js`)).status).toBe(404);
    expect((await explorer(`${origin}/explore`, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('the pages beside the API', () => {
  let database: Database;
  let playground: Awaited<ReturnType<typeof loadPlaygroundBundle>>;

  beforeAll(async () => {
    database = await openPglite();
    playground = await loadPlaygroundBundle(DEFAULT_PLAYGROUND_DIR);
  });
  afterAll(async () => {
    await database.close();
  });

  it('the local server sends /explore to the explorer, the playground to the playground and queries to the API', async () => {
    const local = lambdaFetch(routeRequests({ graphql: createApi(database).handler, playground: createPlaygroundHandler(playground), explorer: createExplorerHandler(bundle) }));
    expect(await (await local(`${origin}/explore`)).text()).toContain('<main id="view"');
    expect(await (await local(`${origin}/playground`)).text()).toContain('<div id="graphiql">');
    const answer = await local(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("on Lambda, the pages' function serves both the playground and the explorer", async () => {
    const pages = lambdaFetch(routePages({ playground: createPlaygroundHandler(playground), explorer: createExplorerHandler(bundle) }));
    expect(await (await pages(`${origin}/explore`)).text()).toContain('<main id="view"');
    expect(await (await pages(`${origin}/playground`)).text()).toContain('<div id="graphiql">');
    const asset = [...bundle.assets.keys()][0]!;
    expect((await pages(`${origin}/explore/assets/${asset}`)).status).toBe(200);
  });
});
