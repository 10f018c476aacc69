import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openPglite } from '../db/pglite.js';
import { buildExplorer } from '../src/explorer/build.js';
import { loadExplorerBundle } from '../src/explorer/bundle.js';
import { createExplorerHandler } from '../src/explorer/handler.js';
import { DEFAULT_EXPLORER_DIR } from '../src/explorer/paths.js';
import { seedShippedReports } from '../src/import/seed.js';
import { createLogger } from '../src/logger.js';
import { buildPlayground } from '../src/playground/build.js';
import { loadPlaygroundBundle } from '../src/playground/bundle.js';
import { createPlaygroundHandler } from '../src/playground/handler.js';
import { DEFAULT_PLAYGROUND_DIR } from '../src/playground/paths.js';
import { createLocalServer, listen } from '../src/server/local-http.js';
import { routeRequests } from '../src/server/router.js';
import { authenticatorFor } from '../src/auth/mode.js';
import { createGraphqlHandler } from '../src/server/handler.js';
import { projectRoot } from '../scripts/lambda-artifact.js';
import { median, table } from './report.js';

/**
 * The explorer's first view on the embedded database with the shipped reports: navigation start to
 * the view drawn, per view, each load in a fresh browser context (cold cache). The baseline, measured
 * in the same loads, is the one GraphQL request the view waits for: the rest is the page's own cost.
 */
const runs = Number(process.env.EXPLORER_RUNS ?? 7);
const TARGET_MS = 1000;
const views = {
  'incident timeline': '#/incident/2024-08-dmz-migration-and-panel-system-failure',
  'recurring patterns': '#/patterns?dimension=CAUSE_CATEGORY',
  'asset neighbourhood': '#/asset/VMS-010',
};

await Promise.all([buildPlayground(), buildExplorer()]);
// As `npm start` runs it: the embedded database in a folder, seeded with the shipped reports, open mode.
const dataDir = await mkdtemp(join(tmpdir(), 'ikb-explorer-bench-'));
const database = await openPglite(dataDir);
await seedShippedReports(database, createLogger('silent'));
const graphql = createGraphqlHandler({ database, logger: createLogger('silent'), authenticate: authenticatorFor('open', database), production: false });
const [playground, explorer] = await Promise.all([loadPlaygroundBundle(DEFAULT_PLAYGROUND_DIR), loadExplorerBundle(DEFAULT_EXPLORER_DIR)]);
const server = createLocalServer(routeRequests({ graphql, playground: createPlaygroundHandler(playground), explorer: createExplorerHandler(explorer) }));
const origin = new URL(await listen(server, 0)).origin;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function load(hash: string): Promise<{ firstView: number; api: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/explore${hash}`);
  await page.locator('#view[data-view]').waitFor();
  const timing = await page.evaluate(() => ({
    firstView: performance.getEntriesByName('explorer:first-view')[0]!.startTime,
    api: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql')).reduce((sum, r) => sum + r.duration, 0),
  }));
  await context.close();
  return timing;
}

const rows: string[][] = [];
try {
  for (const [name, hash] of Object.entries(views)) {
    await load(hash); // the server's first answer to this operation is not what a reader sees twice
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await load(hash));
    const firstView = median(samples.map((s) => s.firstView));
    const api = median(samples.map((s) => s.api));
    rows.push([name, firstView.toFixed(0), Math.max(...samples.map((s) => s.firstView)).toFixed(0), api.toFixed(0), (firstView - api).toFixed(0), (firstView / TARGET_MS).toFixed(2)]);
  }
} finally {
  await browser.close();
  server.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}

// The first view's files: the Import view and the asset graph load theirs only when opened.
const files = [explorer.page, ...[...explorer.assets.values()].filter((a) => a.name.startsWith('explore.'))];
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sum = (key: 'size' | 'gzip' | 'br') => files.reduce((total, f) => total + f[key], 0);
const report = [
  `Explorer first view, embedded database (in a folder, as npm start) with the shipped reports, median of ${runs} cold-cache loads (ms)`,
  table(['view', 'first view', 'max', 'API request (baseline)', 'page itself', `× ${TARGET_MS} ms target`], rows),
  '',
  `First view weight: ${kb(sum('size'))} raw, ${kb(sum('gzip'))} gzip, ${kb(sum('br'))} brotli (${files.map((f) => f.name).join(', ')})`,
].join('\n');
console.log(report);
await mkdir(join(projectRoot, 'bench', 'results'), { recursive: true });
await writeFile(join(projectRoot, 'bench', 'results', 'explorer.txt'), `${report}\n`);
