import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import type { Role } from '../../src/graph/context.js';
import { loadExplorerBundle } from '../../src/explorer/bundle.js';
import { createExplorerHandler } from '../../src/explorer/handler.js';
import { DEFAULT_EXPLORER_DIR } from '../../src/explorer/paths.js';
import { UnauthenticatedError } from '../../src/graph/errors.js';
import { seedShippedReports } from '../../src/import/seed.js';
import { createLogger } from '../../src/logger.js';
import { loadPlaygroundBundle } from '../../src/playground/bundle.js';
import { createPlaygroundHandler } from '../../src/playground/handler.js';
import { DEFAULT_PLAYGROUND_DIR } from '../../src/playground/paths.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { createLocalServer, listen } from '../../src/server/local-http.js';
import { routeRequests } from '../../src/server/router.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'tests/artifacts';
export const DMZ_2024 = '2024-08-dmz-migration-and-panel-system-failure';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/**
 * The local server of `npm start` on `database`; with `key`, the API requires it as a bearer token
 * and the caller gets `role`.
 */
export async function startServer(database: Database, options: { key?: string; role?: Role } = {}): Promise<{ server: Server; origin: string }> {
  const graphql = createGraphqlHandler({
    database,
    logger: createLogger('silent'),
    production: true,
    authenticate: async (headers) => {
      if (options.key && headers.authorization !== `Bearer ${options.key}`) throw new UnauthenticatedError();
      return { id: 'analyst', role: options.role ?? 'ANALYST' };
    },
  });
  const [playground, explorer] = await Promise.all([loadPlaygroundBundle(DEFAULT_PLAYGROUND_DIR), loadExplorerBundle(DEFAULT_EXPLORER_DIR)]);
  const server = createLocalServer(routeRequests({ graphql, playground: createPlaygroundHandler(playground), explorer: createExplorerHandler(explorer) }));
  const url = await listen(server, 0);
  return { server, origin: new URL(url).origin };
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Addresses the page asked for on another origin (refused). */
  elsewhere: string[];
  pageErrors: string[];
}

/** A fresh tab that may load nothing from another origin and records script errors. */
export async function openTab(browser: Browser, origin: string, viewport = { width: 1200, height: 900 }): Promise<Tab> {
  const context = await browser.newContext({ viewport });
  const elsewhere: string[] = [];
  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (requested.origin === origin) return route.continue();
    elsewhere.push(requested.href);
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, elsewhere, pageErrors };
}

/** What a browser suite drives: the embedded database seeded with the shipped reports, its local server and Chromium. */
export interface SeededExplorer {
  readonly database: Database;
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Sets a browser suite up once: the shipped reports on a fresh embedded database, the local server on it
 * (the caller gets `options.role`, or the open-mode user), Chromium, and the artifacts folder; closes them after.
 */
export function useSeededExplorer(options: { role?: Role } = {}): SeededExplorer {
  let state: { database: Database; open: { server: Server; origin: string }; browser: Browser } | undefined;
  const ready = () => {
    if (!state) throw new Error('the explorer suite is not set up yet');
    return state;
  };

  beforeAll(async () => {
    const database = await openPglite();
    await seedShippedReports(database, createLogger('silent'));
    const open = await startServer(database, options);
    const browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
    state = { database, open, browser };
  });

  afterAll(async () => {
    await state?.browser.close();
    await new Promise((resolve) => state?.open.server.close(resolve) ?? resolve(undefined));
    await state?.database.close();
  });

  return {
    get database() { return ready().database; },
    get origin() { return ready().open.origin; },
    get browser() { return ready().browser; },
  };
}
