import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApi } from '../support/api.js';
import { ARTIFACTS, CHROMIUM, DMZ_2024, openTab, startServer, useSeededExplorer } from './browser-support.js';
import { BROKEN_REPORT, FIREWALL_KEY, LOST_CAUSE, NEW_KEY, NEW_REPORT, UPDATED_REPORT } from './import-reports.js';

const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

const line = (page: Page, n: number) => page.locator(`#line-${n}`);
const chips = (page: Page, n: number) => line(page, n).locator('.fact-chip').allTextContents();

run(`the Import view in a browser${existsSync(CHROMIUM) ? '' : ` — not run: ${CHROMIUM} is missing`}`, () => {
  const explorer = useSeededExplorer({ role: 'EDITOR' });

  interface Stored {
    id: string;
    key: string;
    version: number;
    causes: { text: string }[];
  }
  const stored = async (key: string) =>
    (await createApi(explorer.database).ok<{ incident: Stored | null }>('query($key: String!) { incident(key: $key) { id key version causes { text } } }', { key })).incident;
  const auditActions = async (entityId: string) =>
    (await createApi(explorer.database).ok<{ auditTrail: { edges: { node: { action: string; actor: string; actorRole: string } }[] } }>(
      'query($id: ID!) { auditTrail(entityId: $id, first: 50) { edges { node { action actor actorRole } } } }',
      { id: entityId },
    )).auditTrail.edges.map((e) => e.node);

  /** A dry run of `markdown` in the Import view, waiting for its result. */
  async function dryRun(page: Page, markdown: string): Promise<void> {
    await page.getByLabel('Report text (Markdown)').fill(markdown);
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^Dry run done/);
  }

  it('loads its code only when opened; a pasted report’s dry run marks each line with the facts read from it', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname.split('/').pop()!));
    await page.goto(`${explorer.origin}/explore#/incident/${DMZ_2024}`);
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
    // Unread lines are the API's: a section heading places the lines below it and is not one of them.
    expect(await page.locator('.unread-mark').count()).toBe(0);
    expect(await line(page, 7).getAttribute('class')).not.toContain('state-unread');

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

    expect(await stored(NEW_KEY)).toBeNull();
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a broken report’s problems on their lines and stores nothing', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin);
    await page.goto(`${explorer.origin}/explore#/import`);
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

  it('imports a new report with the key from the page’s key field, opens its timeline, and the API has it with its audit entry', async () => {
    const keyed = await startServer(explorer.database, { key: 'editor-key', role: 'EDITOR' });
    try {
      const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, keyed.origin);
      await page.goto(`${keyed.origin}/explore#/import`);
      await page.locator('#view[data-view="import"]').waitFor();
      await page.locator('#api-key').fill('editor-key');
      await page.locator('#api-key-form button').click();
      await dryRun(page, NEW_REPORT);
      const button = page.getByRole('button', { name: 'Import', exact: true });
      expect(await button.isEnabled()).toBe(true);
      // Editing the text after the dry run holds the import back until a new dry run.
      await page.getByLabel('Report text (Markdown)').press('End');
      await page.getByLabel('Report text (Markdown)').pressSequentially('x');
      expect(await button.isDisabled()).toBe(true);
      expect(await page.getByText('The text changed since this dry run').isVisible()).toBe(true);
      // Ctrl+Enter in the text runs the dry run again.
      await page.getByLabel('Report text (Markdown)').fill(NEW_REPORT);
      await page.getByLabel('Report text (Markdown)').press('Control+Enter');
      await expect.poll(() => page.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);

      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.locator('#view[data-view="incident"]').waitFor();
      expect(new URL(page.url()).hash).toBe(`#/incident/${NEW_KEY}`);
      expect(await page.locator('h1').innerText()).toBe('Core router firmware upgrade outage');
      expect(await page.locator('.event-item').count()).toBe(3);

      const incident = await stored(NEW_KEY);
      expect(incident).toMatchObject({ key: NEW_KEY, version: 1 });
      expect(incident!.causes).toHaveLength(4);
      expect(await auditActions(incident!.id)).toContainEqual({ action: 'incident.import', actor: 'analyst', actorRole: 'EDITOR' });
      expect(elsewhere).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();
    } finally {
      await new Promise((resolve) => keyed.server.close(resolve));
    }
  });

  it('shows what an update changes against the stored incident and imports it only once confirmed', async () => {
    const before = await stored(FIREWALL_KEY);
    expect(before!.causes.map((c) => c.text)).toContain(LOST_CAUSE);
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin);
    await page.goto(`${explorer.origin}/explore#/import`);
    await page.locator('#view[data-view="import"]').waitFor();
    await dryRun(page, UPDATED_REPORT);
    expect(await page.locator('.outcome').innerText()).toContain(`Would update the stored incident ${FIREWALL_KEY}`);

    const row = (what: string) => page.locator(`tr.change[data-what="${what}"]`);
    expect(await row('Causes').locator('td').allInnerTexts()).toEqual(['4', '3', `− loses\n${LOST_CAUSE}`]);
    expect(await row('Recommendations').locator('td').first().innerText()).toBe('4');
    expect(await row('Recommendations').locator('td').nth(1).innerText()).toBe('3');
    expect(await row('Title').locator('td').last().innerText()).toBe('= same');
    expect(await row('Timeline entries').locator('td').last().innerText()).toBe('= same');
    expect(await page.locator('.changes-warning').innerText()).toMatch(/^⚠ 2 of \d+ differ/);
    await page.locator('.import-changes').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/explore-import-update.png` });

    // Asked first; cancelling stores nothing.
    await page.getByRole('button', { name: 'Import and replace…' }).click();
    const dialog = page.getByRole('dialog', { name: `Replace ${FIREWALL_KEY}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.locator('#import-status').innerText()).toBe('Import cancelled: nothing was stored.');
    expect((await stored(FIREWALL_KEY))!.version).toBe(before!.version);

    await page.getByRole('button', { name: 'Import and replace…' }).click();
    await dialog.getByRole('button', { name: `Replace version ${before!.version} and import` }).click();
    await page.locator('#view[data-view="incident"]').waitFor();
    expect(new URL(page.url()).hash).toBe(`#/incident/${FIREWALL_KEY}`);
    const after = await stored(FIREWALL_KEY);
    expect(after!.version).toBe(before!.version + 1);
    expect(after!.causes.map((c) => c.text)).not.toContain(LOST_CAUSE);
    expect(await auditActions(after!.id)).toContainEqual({ action: 'incident.reimport', actor: 'analyst', actorRole: 'EDITOR' });
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('without write access, says a dry run needs an EDITOR key', async () => {
    const readOnly = await startServer(explorer.database, { role: 'ANALYST' });
    try {
      const { context, page } = await openTab(explorer.browser, readOnly.origin);
      await page.goto(`${readOnly.origin}/explore#/import`);
      await page.locator('#view[data-view="import"]').waitFor();
      await page.getByLabel('Report text (Markdown)').fill(NEW_REPORT);
      await page.getByRole('button', { name: 'Dry run' }).click();
      await expect.poll(() => page.locator('#view [role="alert"]').innerText()).toBe('Dry runs and imports need an API key with write access (EDITOR): paste it in the API key field above.');
      await context.close();
    } finally {
      await new Promise((resolve) => readOnly.server.close(resolve));
    }
  });

  it('reads a chosen or dropped .md or .txt file in the browser and dry-runs it; refuses files the importer cannot read in words', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin);
    await page.goto(`${explorer.origin}/explore#/import`);
    await page.locator('#view[data-view="import"]').waitFor();

    await page.getByLabel('Report file').setInputFiles({ name: 'core-router.md', mimeType: 'text/markdown', buffer: Buffer.from(NEW_REPORT) });
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^Dry run done/);
    expect(await page.getByLabel('Report text (Markdown)').inputValue()).toBe(NEW_REPORT);
    expect(await page.locator('.outcome').innerText()).toContain(NEW_KEY);

    await page.getByLabel('Report text (Markdown)').fill('');
    // What the browser hands the page when a file is dropped on the form.
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(BROKEN_REPORT)}], 'broken.txt', { type: 'text/plain' }));
      document.getElementById('import-form').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^The report cannot be imported: 2 problems/);
    expect(await page.getByLabel('Report text (Markdown)').inputValue()).toBe(BROKEN_REPORT);

    await page.getByLabel('Report file').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    await expect.poll(() => page.locator('#view [role="alert"]').innerText()).toBe('report.pdf: the importer reads Markdown, plain text, HTML or Word reports (.md, .markdown, .txt, .docx, .html, .htm); save the report as one of those first.');
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
