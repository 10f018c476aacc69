import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { loadPlaygroundBundle } from '../../src/playground/bundle.js';
import { createPlaygroundHandler } from '../../src/playground/handler.js';
import { DEFAULT_PLAYGROUND_DIR } from '../../src/playground/paths.js';
import { createLocalServer, listen } from '../../src/server/local-http.js';
import { routeRequests } from '../../src/server/router.js';
import { seeder } from '../api/seed.js';
import { createApi } from '../support/api.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'tests/artifacts';

/** Without Chromium (a laptop) the block says why and is skipped; in CI, .ci/run installs it, so it runs. */
const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

run(`the playground in a browser${existsSync(CHROMIUM) ? '' : ` — not run: ${CHROMIUM} is missing`}`, () => {
  let database: Database;
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    database = await openPglite();
    const api = createApi(database);
    const seed = seeder(api);
    const incident = await seed.incident('2024-08-dmz-migration-and-panel-system-failure', '2024-08-16');
    const asset = await seed.asset('VMS-010', 'VM', { aliases: ['VMS10', 'VMS010'] });
    await seed.link(incident, asset);
    const playground = createPlaygroundHandler(await loadPlaygroundBundle(DEFAULT_PLAYGROUND_DIR));
    server = createLocalServer(routeRequests({ graphql: api.handler, playground }));
    url = await listen(server, 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  it('opens at /graphql with the saved operations as tabs, runs one and shows its result, with nothing loaded from elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const requested = new URL(route.request().url());
      if (requested.host === new URL(url).host) return route.continue();
      elsewhere.push(requested.href);
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(url);
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.allInnerTexts()).toEqual(['AssetHistoryByAlias', 'AuditTrail', 'IncidentTimeline', 'IncidentsByCauseCategory', 'OpenFollowUps', 'RecurringPatterns', 'SpareHardwareGaps']);
    await expect.poll(() => page.locator('.graphiql-editor-tool').innerText()).toContain('Bearer <your key>');

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('"name": "VMS-010"');
    expect(await result.innerText()).toContain('2024-08-dmz-migration-and-panel-system-failure');

    await page.screenshot({ path: `${ARTIFACTS}/playground.png`, fullPage: true });
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows every saved operation\'s tab whole beside the product title, at desktop and at phone width', async () => {
    for (const viewport of [{ width: 1400, height: 900 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(url);
      const tabs = page.locator('.graphiql-tab');
      await expect.poll(() => tabs.count()).toBe(7);
      const strip = (await page.locator('.graphiql-tabs').boundingBox())!;
      const title = (await page.locator('.graphiql-logo').boundingBox())!;
      for (const tab of await tabs.all()) {
        const box = (await tab.boundingBox())!;
        const name = `${await tab.innerText()} at ${viewport.width} px`;
        // Whole, inside the strip and the screen, and not under the title.
        expect(box.x, name).toBeGreaterThanOrEqual(strip.x);
        expect(box.x + box.width, name).toBeLessThanOrEqual(Math.min(strip.x + strip.width, viewport.width) + 0.5);
        expect(box.y + box.height, name).toBeLessThanOrEqual(strip.y + strip.height + 0.5);
        const overlapsTitle = box.x < title.x + title.width && title.x < box.x + box.width && box.y < title.y + title.height && title.y < box.y + box.height;
        expect(overlapsTitle, name).toBe(false);
      }
      expect(await page.locator('.graphiql-logo').innerText()).toBe('Incident knowledge base');
      if (viewport.width === 390) await page.screenshot({ path: `${ARTIFACTS}/playground-phone.png` });
      await context.close();
    }
  });
});
