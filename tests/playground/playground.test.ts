import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { loadPlaygroundBundle, type PlaygroundBundle } from '../../src/playground/bundle.js';
import { createPlaygroundHandler } from '../../src/playground/handler.js';
import { readSavedOperations } from '../../src/playground/operations.js';
import { DEFAULT_OPERATIONS_DIR, DEFAULT_PLAYGROUND_DIR } from '../../src/playground/paths.js';
import { createLogger } from '../../src/logger.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { toLambdaEvent } from '../../src/server/lambda-event.js';
import { routeRequests } from '../../src/server/router.js';
import { lambdaFetch } from '../support/lambda-fetch.js';

/** Lambda refuses a synchronous response over 6 MB. */
const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const origin = 'http://127.0.0.1';

let bundle: PlaygroundBundle;
let playground: typeof fetch;

beforeAll(async () => {
  bundle = await loadPlaygroundBundle(DEFAULT_PLAYGROUND_DIR);
  playground = lambdaFetch(createPlaygroundHandler(bundle));
});

async function pageConfig(html: string): Promise<{ headers: string; tabs: { name: string; query: string }[] }> {
  const json = /<script type="application\/json" id="playground-config">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null');
}

describe('the playground page', () => {
  it('is served at /graphql to a browser, as HTML that revalidates', async () => {
    const response = await playground(`${origin}/graphql`, { headers: { accept: browserAccept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="graphiql">');
  });

  it('opens with one tab per saved operation, in file order, with the API key header to fill in', async () => {
    const config = await pageConfig(await (await playground(`${origin}/playground`)).text());
    const saved = await readSavedOperations(DEFAULT_OPERATIONS_DIR);
    expect(config.tabs).toEqual(saved.map((o) => ({ name: o.name, query: o.query })));
    expect(JSON.parse(config.headers)).toEqual({ Authorization: 'Bearer <your key>' });
  });

  it('loads nothing from another origin, so it works on a closed network', async () => {
    const html = await (await playground(`${origin}/playground`)).text();
    const all = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    // The icon is inline (a data: URL), so it needs no request at all.
    expect(all.filter((u) => u.startsWith('data:'))).toEqual([expect.stringMatching(/^data:image\/svg\+xml,/)]);
    const urls = all.filter((u) => !u.startsWith('data:'));
    expect(urls.length).toBe(bundle.assets.size);
    for (const url of urls) expect(url).toMatch(/^playground\/assets\/[\w.-]+$/);
    const policy = (await playground(`${origin}/playground`)).headers.get('content-security-policy');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
  });

  it('answers a repeat visit with the same ETag by 304 Not Modified', async () => {
    const first = await playground(`${origin}/playground`);
    const etag = first.headers.get('etag')!;
    const again = await playground(`${origin}/playground`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('the playground assets', () => {
  it('have content-hashed names and are cached for a year as immutable', async () => {
    for (const name of bundle.assets.keys()) {
      expect(name).toMatch(/^[a-z-]+\.[0-9a-f]{10}\.(js|css)$/);
      const response = await playground(`${origin}/playground/assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('are sent brotli- or gzip-compressed as the browser accepts, the same bytes once decoded', async () => {
    const graphiql = [...bundle.assets.values()].find((a) => a.name.startsWith('graphiql.') && a.name.endsWith('.js'))!;
    const url = `${origin}/playground/assets/${graphiql.name}`;
    const raw = async (encoding: string) => {
      const response = await createPlaygroundHandler(bundle)(
        toLambdaEvent({ method: 'GET', path: new URL(url).pathname, query: '', headers: { 'accept-encoding': encoding }, body: undefined }),
      );
      return { encoding: response.headers?.['content-encoding'], body: Buffer.from(response.body ?? '', 'base64') };
    };
    const br = await raw('gzip, deflate, br');
    const gzip = await raw('gzip');
    const identity = await raw('');
    expect(br.encoding).toBe('br');
    expect(gzip.encoding).toBe('gzip');
    expect(identity.encoding).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(br.body.length).toBeLessThan(identity.body.length / 3);
  });

  it('each fit in one Lambda response, even uncompressed and base64-encoded', () => {
    for (const file of [bundle.page, ...bundle.assets.values()]) {
      expect(Math.ceil(file.size / 3) * 4).toBeLessThan(LAMBDA_RESPONSE_LIMIT);
    }
  });

  it('are 404 when the name is unknown, such as a previous build\'s hash', async () => {
    const response = await playground(`${origin}/playground/assets/graphiql.0000000000.js`);
    expect(response.status).toBe(404);
  });
});

describe('one endpoint for browsers and GraphQL clients', () => {
  let database: Database;
  let graphql: ReturnType<typeof createGraphqlHandler>;

  beforeAll(async () => {
    database = await openPglite();
    graphql = createGraphqlHandler({
      database,
      logger: createLogger('silent'),
      authenticate: async () => ({ id: 'test', role: 'ADMIN' }),
      production: true,
      browserRedirect: 'playground',
    });
  });
  afterAll(async () => {
    await database.close();
  });

  it('locally, sends a browser to the page and a GraphQL request to the API', async () => {
    const local = lambdaFetch(routeRequests({ graphql, playground: createPlaygroundHandler(bundle) }));
    const page = await local(`${origin}/graphql`, { headers: { accept: browserAccept } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const query = await local(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('on Lambda, the GraphQL function redirects a browser to the playground function and still answers GET queries', async () => {
    const api = lambdaFetch(graphql);
    const browser = await api(`${origin}/graphql`, { headers: { accept: browserAccept } });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('playground');
    const get = await api(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
