import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { seedShippedReports } from '../../src/import/seed.js';
import { createLogger } from '../../src/logger.js';
import { createApi } from '../support/api.js';
import { ARTIFACTS, CHROMIUM, DMZ_2024, launchChromium, openTab, startServer } from './browser-support.js';
import { BROKEN_REPORT, NEW_KEY, NEW_REPORT } from './import-reports.js';

const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

const line = (page: Page, n: number) => page.locator(`#line-${n}`);
const chips = (page: Page, n: number) => line(page, n).locator('.fact-chip').allTextContents();

run(`the Import view in a browser${existsSync(CHROMIUM) ? '' : ` — not run: ${CHROMIUM} is missing`}`, () => {
  let database: Database;
  let open: { server: Server; origin: string };
  let browser: Browser;

  beforeAll(async () => {
    database = await openPglite();
    await seedShippedReports(database, createLogger('silent'));
    open = await startServer(database, { role: 'EDITOR' });
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => open?.server.close(resolve));
    await database?.close();
  });

  const stored = async (key: string) =>
    (await createApi(database).ok<{ incident: { key: string; version: number } | null }>('query($key: String!) { incident(key: $key) { key version } }', { key })).incident;

  it('loads its code only when opened; a pasted report’s dry run marks each line with the facts read from it', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(browser, open.origin);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname.split('/').pop()!));
    await page.goto(`${open.origin}/explore#/incident/${DMZ_2024}`);
    await page.locator('#view[data-view="incident"]').waitFor();
    expect(loaded.filter((name) => name.startsWith('import.'))).toEqual([]);

    await page.getByRole('link', { name: 'Import' }).click();
    await page.locator('#view[data-view="import"]').waitFor();
    expect(new URL(page.url()).hash).toBe('#/import');
    expect(loaded.filter((name) => name.startsWith('import.')).map((n) => n.replace(/\.[0-9a-f]{10}\./, '.*.')).sort()).toEqual(['import.*.css', 'import.*.js']);
    expect(await page.locator('h1').innerText()).toBe('Import a report');

    await page.getByLabel('Report text (Markdown)').fill(NEW_REPORT);
    await page.getByRole('button', { name: 'Dry run' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^Dry run done: \d+ facts read; nothing was stored\.$/);
    const ms = await page.evaluate(() => performance.getEntriesByName('import:dry-run')[0]?.duration ?? Number.NaN);
    expect(ms).toBeGreaterThan(0);
    console.log(`import view: paste to dry-run result shown, ${ms.toFixed(0)} ms`);

    expect(await page.locator('.outcome').innerText()).toContain(`Would create the incident ${NEW_KEY}`);
    expect(await page.locator('.report-line').count()).toBe(NEW_REPORT.split('\n').length);
    expect(await chips(page, 1)).toEqual(['▣incident · title']);
    expect(await chips(page, 9)).toEqual(['☺party · Jia Jun']);
    expect(await chips(page, 53)).toContain('▲cause · root cause 1 · software bug');
    expect(await chips(page, 60)).toContain('◆recommendation · 1 · → cause 2');
    expect(await chips(page, 33)).toEqual(expect.arrayContaining(['■asset · EDGE-FW-01', '◷time · 01:00']));
    // A line that produced nothing says so in words, and why.
    expect(await line(page, 7).locator('.unread-mark').innerText()).toBe('unread');
    expect(await line(page, 7).getAttribute('class')).toContain('state-unread');
    expect(await line(page, 9).locator('.unread-mark').count()).toBe(0);

    // A chip, by keyboard: its lines and, for a recommendation, its cause's lines are marked in words.
    await line(page, 60).locator('.fact-chip').first().focus();
    await page.keyboard.press('Enter');
    expect(await line(page, 60).locator('.fact-chip').first().getAttribute('aria-pressed')).toBe('true');
    expect(await line(page, 60).locator('.selection-tag').innerText()).toBe('▶ recommendation · 1 · → cause 2');
    expect(await line(page, 54).locator('.selection-tag').innerText()).toBe('▷ addressed by recommendation 1');
    expect(await page.locator('.selection h3').innerText()).toContain('recommendation: recommendation 1');
    expect(await page.locator('.report-line.selected, .report-line.related').evaluateAll((items) => items.map((i) => i.id))).toEqual(['line-54', 'line-60']);
    await line(page, 46).evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/explore-import.png` });

    // A line: its facts listed beside the report.
    await line(page, 33).locator('.line-no').click();
    expect(await page.locator('.selection h3').innerText()).toBe('Line 33');
    expect(await page.locator('.selection .fact-chip').allTextContents()).toEqual(expect.arrayContaining(['●entry · entry 1', '■asset · EDGE-FW-01', '◷time · 01:00']));
    await line(page, 7).locator('.line-no').click();
    expect(await page.locator('.selection .unread-reason').innerText()).toBe('Unread: a section heading: it places the lines below it, no fact of its own.');

    expect(await stored(NEW_KEY)).toBeNull();
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a broken report’s problems on their lines and stores nothing', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(browser, open.origin);
    await page.goto(`${open.origin}/explore#/import`);
    await page.locator('#view[data-view="import"]').waitFor();
    await page.getByLabel('Report text (Markdown)').fill(BROKEN_REPORT);
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => page.locator('#import-status').innerText()).toBe('The report cannot be imported: 2 problems (shown on their lines). Nothing was stored.');
    expect(await page.locator('.import-problems h2').innerText()).toBe('Problems (2): nothing was imported');
    expect(await page.locator('.has-problem').evaluateAll((items) => items.map((i) => i.id))).toEqual(['line-11', 'line-23']);
    expect(await line(page, 11).locator('.problem-mark').innerText()).toMatch(/^✖ problem: /);
    expect(await line(page, 23).locator('.line-no').getAttribute('aria-label')).toBe('Line 23: 1 problem');
    // The list leads to the line.
    await page.locator('.import-problems').getByRole('button', { name: 'Line 23' }).click();
    expect(await page.evaluate<string | undefined>("document.activeElement?.closest('li')?.id")).toBe('line-23');
    await page.screenshot({ path: `${ARTIFACTS}/explore-import-problems.png` });

    expect(await stored(NEW_KEY)).toBeNull();
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
