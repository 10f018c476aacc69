import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, DMZ_2024, openTab, useSeededExplorer } from './browser-support.js';
import { NEW_REPORT } from './import-reports.js';

const run = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

/** An iPhone 12–15's CSS viewport. */
const PHONE = { width: 390, height: 844 };

const VIEWS = [
  { name: 'incident', hash: `#/incident/${DMZ_2024}`, chart: 'svg.timeline-chart' },
  { name: 'patterns', hash: '#/patterns?dimension=CAUSE_CATEGORY', chart: 'svg.patterns-chart' },
  { name: 'asset', hash: '#/asset/VMS-010', chart: 'svg.graph' },
];

/** How the page fits the screen: document width against the viewport, and each navigation link's box. */
const fit = (page: Page) =>
  page.evaluate<{ viewport: number; scrollWidth: number; links: { text: string; left: number; right: number; width: number }[] }>(`({
    viewport: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
    links: [...document.querySelectorAll('nav a')].map((a) => {
      const box = a.getBoundingClientRect();
      return { text: a.textContent, left: box.left, right: box.right, width: box.width };
    }),
  })`);

/** Rendered size of one chart unit: 1 when the chart is drawn at the size it is shown, < 1 when squeezed. */
const chartScale = (page: Page, selector: string) =>
  page.locator(selector).evaluate((svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]));

run(`the explorer at phone width (390 px)${existsSync(CHROMIUM) ? '' : ` — not run: ${CHROMIUM} is missing`}`, () => {
  const explorer = useSeededExplorer({ role: 'EDITOR' });

  for (const view of VIEWS) {
    it(`${view.name}: nothing wider than the screen, every link in sight, the chart at full size`, async () => {
      const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin, PHONE);
      await page.goto(`${explorer.origin}/explore${view.hash}`);
      await page.locator(`#view[data-view="${view.name}"]`).waitFor();

      const { viewport, scrollWidth, links } = await fit(page);
      expect(viewport).toBe(PHONE.width);
      expect(scrollWidth).toBeLessThanOrEqual(viewport);
      expect(links.map((l) => l.text)).toContain('Playground');
      for (const link of links) {
        expect(link.width, link.text).toBeGreaterThan(0);
        expect(link.left, link.text).toBeGreaterThanOrEqual(0);
        expect(link.right, link.text).toBeLessThanOrEqual(viewport);
      }
      await expect.poll(() => page.locator('nav a', { hasText: 'Playground' }).isVisible()).toBe(true);

      // Drawn for the width it is shown at: its 12 px labels are 12 px on the phone too, not a third of it.
      expect(await chartScale(page, view.chart)).toBeGreaterThanOrEqual(0.99);
      const label = await page.locator(`${view.chart} text`).first().evaluate((t) => t.getBoundingClientRect().height);
      expect(label).toBeGreaterThanOrEqual(10);

      await page.screenshot({ path: `${ARTIFACTS}/explore-phone-${view.name}.png` });
      expect(elsewhere).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('the asset graph, wider than a phone, scrolls inside its frame with the centre asset in sight', async () => {
    const { context, page } = await openTab(explorer.browser, explorer.origin, PHONE);
    await page.goto(`${explorer.origin}/explore#/asset/VMS-010`);
    await page.locator('#view[data-view="asset"]').waitFor();
    const frame = page.locator('.graph-figure');
    await expect.poll(() => frame.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
    const centre = await page.locator('svg.graph .node.centre').boundingBox();
    expect(centre!.x).toBeGreaterThanOrEqual(0);
    expect(centre!.x + centre!.width).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('import: the form and a dry run’s report lines fit the screen, every link in sight', async () => {
    const { context, page, elsewhere, pageErrors } = await openTab(explorer.browser, explorer.origin, PHONE);
    await page.goto(`${explorer.origin}/explore#/import`);
    await page.locator('#view[data-view="import"]').waitFor();
    await page.getByLabel('Report text (Markdown)').fill(NEW_REPORT);
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.locator('.report-lines').waitFor();

    const { viewport, scrollWidth, links } = await fit(page);
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
    expect(links.map((l) => l.text)).toEqual(['Incident timeline', 'Recurring patterns', 'Asset neighbourhood', 'Import', 'Playground']);
    for (const link of links) expect(link.right, link.text).toBeLessThanOrEqual(viewport);
    // The longest report line wraps inside the screen instead of widening the page.
    const widest = await page.locator('.line-text').evaluateAll((texts) => Math.max(...texts.map((t) => t.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(viewport);
    await page.locator('#line-60 .fact-chip').first().click();
    await page.screenshot({ path: `${ARTIFACTS}/explore-phone-import.png` });
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
