import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../support/api.js';
import { ARTIFACTS, CHROMIUM, openTab, useSeededExplorer } from './browser-support.js';
import { NEAR_MISS_KEY, NEAR_MISS_REPORT, NEAR_MISS_UNREAD_LINE } from './import-reports.js';

const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

interface Audit { action: string; actor: string; actorRole: string; after: Record<string, unknown> }

run(`the Import view's decisions in a browser${existsSync(CHROMIUM) ? '' : ` — not run: ${CHROMIUM} is missing`}`, () => {
  const explorer = useSeededExplorer({ role: 'EDITOR' });

  const api = () => createApi(explorer.database);
  const audit = async (id: string) =>
    (await api().ok<{ auditTrail: { edges: { node: Audit }[] } }>('query($id: ID!) { auditTrail(entityId: $id, first: 50) { edges { node { action actor actorRole after } } } }', { id }))
      .auditTrail.edges.map((e) => e.node);

  it('resolves a near-duplicate party as "same as", changes a cause’s categories, imports, and the API has the alias, the categories and the audit entries', async () => {
    const fung = (await api().ok<{ party: { id: string } }>('{ party(nameOrAlias: "Oscar Fung") { id } }')).party;
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin);
    await page.goto(`${explorer.origin}/explore#/import`);
    await page.locator('#view[data-view="import"]').waitFor();
    await page.getByLabel('Report text (Markdown)').fill(NEAR_MISS_REPORT);
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^Dry run done/);
    const ms = await page.evaluate(() => performance.getEntriesByName('import:dry-run')[0]?.duration ?? Number.NaN);
    console.log(`import view: paste to dry-run result shown (with decisions), ${ms.toFixed(0)} ms`);

    // A line the importer did not read is marked with the API's reason.
    const { importIncidentReport: read } = await api().ok<{ importIncidentReport: { unread: { line: number; reason: string }[] } }>(
      'mutation($m: String!) { importIncidentReport(markdown: $m, dryRun: true) { unread { line reason } } }', { m: NEAR_MISS_REPORT });
    expect(read.unread.map((u) => u.line)).toEqual([NEAR_MISS_UNREAD_LINE]);
    const stray = page.locator(`#line-${NEAR_MISS_UNREAD_LINE}`);
    expect(await stray.locator('.unread-mark').innerText()).toBe('unread');
    await stray.locator('.line-no').click();
    expect(await page.locator('.selection .unread-reason').innerText()).toBe(`Unread: ${read.unread[0]!.reason}.`);
    expect(await page.locator('.unread-mark').count()).toBe(1);

    // The entity list says in words which names are new, matched (and how) or possibly a stored one.
    const oscar = page.locator('[data-entity="PARTY:Oscar Fong"]');
    expect(await oscar.locator('.entity-state').innerText()).toBe('? possible duplicate');
    expect(await oscar.innerText()).toContain('close to Oscar Fung');
    expect(await page.locator('[data-entity="PARTY:Anson Tsang"] .entity-state').innerText()).toBe('= matched');
    expect(await page.locator('[data-entity="PARTY:Anson Tsang"]').innerText()).toContain('by name');
    const decision = page.getByLabel('Decision for Oscar Fong');
    await decision.focus();
    await decision.selectOption({ label: 'Same as Oscar Fung' });

    // A cause the classifier found no category for is flagged in words; the analyst gives it one, by keyboard.
    const flagged = page.locator('.cause-review.needs-review');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.locator('.cause-head').innerText()).toBe('⚑ needs review contributing cause 5: no category (no category found)');
    expect(await page.locator('#causes-heading + .hint').innerText()).toBe('1 marked ⚑ need review: the classifier was unsure of their categories.');
    await flagged.locator('summary').focus();
    await page.keyboard.press('Enter');
    const fieldset = page.getByRole('group', { name: 'Categories of contributing cause 5' });
    await fieldset.getByLabel('process').focus();
    await page.keyboard.press('Space');
    await fieldset.getByLabel('human error').check();
    expect(await flagged.locator('.cause-head').innerText()).toContain('contributing cause 5: human error, process ✎ set by you');
    expect(await page.locator('.choices-note').innerText()).toBe('Sent with the import: 1 entity decision and 1 cause with your categories.');
    await oscar.evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/explore-import-decisions.png` });

    // At phone width the decisions and the category choices fit the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await oscar.evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/explore-phone-import-decisions.png` });
    await page.setViewportSize({ width: 1200, height: 900 });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#view[data-view="incident"]').waitFor();
    expect(new URL(page.url()).hash).toBe(`#/incident/${NEAR_MISS_KEY}`);

    const party = (await api().ok<{ party: { id: string; aliases: string[] } }>('{ party(nameOrAlias: "Oscar Fong") { id aliases } }')).party;
    expect(party.id).toBe(fung.id);
    expect(party.aliases).toContain('Oscar Fong');
    const { incident } = await api().ok<{ incident: { id: string; causes: { id: string; position: number; categories: string[]; categoriesSetByAnalyst: boolean; needsReview: boolean }[] } }>(
      'query($key: String!) { incident(key: $key) { id causes { id position categories categoriesSetByAnalyst needsReview } } }', { key: NEAR_MISS_KEY });
    const cause = incident.causes.find((c) => c.position === 5)!;
    expect(cause).toMatchObject({ categories: ['HUMAN_ERROR', 'PROCESS'], categoriesSetByAnalyst: true, needsReview: false });
    expect(incident.causes.filter((c) => c.position !== 5).every((c) => !c.categoriesSetByAnalyst)).toBe(true);
    expect(await audit(fung.id)).toContainEqual(expect.objectContaining({ action: 'import.entityDecision', actor: 'analyst', actorRole: 'EDITOR', after: expect.objectContaining({ decision: 'SAME_AS', reportName: 'Oscar Fong' }) }));
    expect(await audit(cause.id)).toContainEqual(expect.objectContaining({ action: 'cause.categoriesOnImport', actor: 'analyst', actorRole: 'EDITOR' }));
    expect((await audit(incident.id)).map((a) => a.action)).toContain('incident.import');
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('dry-runs a chosen Word file through the document import and shows the Markdown it read, line by line', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin);
    await page.goto(`${explorer.origin}/explore#/import`);
    await page.locator('#view[data-view="import"]').waitFor();
    const docx = readFileSync(new URL('../fixtures/variants/v07-storage-migration-rollback.docx', import.meta.url));
    await page.getByLabel('Report file').setInputFiles({ name: 'storage-migration.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^Dry run done/);
    const markdown = await page.getByLabel('Report text (Markdown)').inputValue();
    expect(markdown).toContain('25 Feb 2026');
    expect(await page.locator('.report-line').count()).toBe(markdown.split('\n').length);
    expect(await page.locator('.outcome').innerText()).toMatch(/^CREATED — Would create the incident/);
    expect(await page.locator('.fact-chip').count()).toBeGreaterThan(10);

    const html = readFileSync(new URL('../fixtures/variants/v06-wiki-load-balancer.html', import.meta.url));
    await page.getByLabel('Report file').setInputFiles({ name: 'wiki.html', mimeType: 'text/html', buffer: html });
    await expect.poll(() => page.getByLabel('Report text (Markdown)').inputValue()).not.toBe(markdown);
    await expect.poll(() => page.locator('#import-status').innerText()).toMatch(/^Dry run done/);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
