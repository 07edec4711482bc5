/** The HTML report in a real browser: Debian's chromium, headless. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { assess, hiringPlan, renderReport, type ModelInput } from '../../src/index.js';
import { ARTIFACTS, chartProblemsScript, hasChromium, launch, skipped } from './chromium.js';

const model = scenario as ModelInput;

/** A 24-office variant of the scenario (made up for this test): names of every length, one very long. */
function nationalModel(): ModelInput {
  const offices = Array.from({ length: 24 }, (_, i) => ({
    id: `office-${i + 1}`,
    name: i === 5 ? 'A field office whose name goes on and on, far longer than any label column' : `Field office ${i + 1}`,
    officers: { 'non-detained': 5 + i * 3, detained: 2 + (i % 4) },
    cases: { 'non-detained': 2000 + 1700 * i, detained: 150 + 20 * i },
  }));
  return { ...model, offices };
}

describe.skipIf(!hasChromium)(`the HTML report in chromium${skipped}`, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  /** Loads a report with every request refused and counted: a self-contained page makes none. */
  async function open(html: string, width = 1000) {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(html, { waitUntil: 'load' });
  }

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
  });
  afterAll(async () => browser?.close());

  it('the demo report: every chart has its bars, labels and name; nothing loads; nothing overflows', async () => {
    await open(renderReport({ model }));
    expect(requests).toEqual([]);
    const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        id: svg.id,
        bars: svg.querySelectorAll('rect.bar').length,
        labels: [...svg.querySelectorAll('text.row-label')].map((label) => label.textContent),
        ticks: svg.querySelectorAll('text.tick').length,
        axis: svg.querySelector('text.axis-label')?.textContent,
      })),
    );
    const offices = ['Seattle, WA', 'Washington, DC', 'St. Paul, MN', 'Atlanta, GA'];
    expect(charts.map((chart) => [chart.id, chart.bars])).toEqual([
      ['chart-caseload-1', 8], ['chart-caseload-2', 8], ['chart-officers-1', 8], ['chart-officers-2', 8], ['chart-officer-year', 7],
    ]);
    for (const chart of charts.slice(0, 4)) {
      expect(chart.labels).toEqual(offices);
      expect(chart.ticks).toBeGreaterThanOrEqual(3);
      expect(chart.axis).toBeTruthy();
    }
    // Each chart is an image named by its title, for assistive technology.
    const names = await page.getByRole('img').evaluateAll((svgs) => svgs.map((svg) => svg.querySelector('title')?.textContent));
    expect(names).toHaveLength(5);
    expect(await page.getByRole('img', { name: 'Cases per officer against the achievable caseload: non-detained docket' }).count()).toBe(1);
    expect(await page.evaluate(chartProblemsScript)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'report-demo.png'), fullPage: true });
    // The check can fail: a label moved past the chart's edge is found.
    await page.locator('#chart-caseload-1 text.lane-text').first().evaluate((text) => text.setAttribute('x', '2000'));
    expect(await page.evaluate(chartProblemsScript)).toEqual(['chart-caseload-1: text "1,872" outside the chart']);
  });

  it('24 offices, a long name and a hiring plan, on a wide and a phone-sized screen: nothing overflows', async () => {
    const national = nationalModel();
    const plan = hiringPlan(national, { years: 5, startYear: 2017, docketGrowth: 0.08, attritionRate: 0.08, trainingMonths: 6 });
    const html = renderReport({ model: national, assessment: assess(national) }, { plan });
    for (const width of [1000, 390]) {
      await open(html, width);
      expect(await page.evaluate(chartProblemsScript)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, `report-24-offices-${width}px.png`), fullPage: true });
    }
    const bars = await page.locator('#chart-caseload-1 rect.bar').count();
    expect(bars).toBe(48);
    // The long name is cut in the chart, whole in its tooltip and in the table.
    const label = await page.locator('#chart-caseload-1 text.row-label').nth(5).textContent();
    expect(label!.endsWith('…')).toBe(true);
    expect(await page.locator('tr.group th', { hasText: 'A field office whose name goes on and on, far longer than any label column' }).count()).toBe(1);
    expect(requests).toEqual([]);
  });

  it('prints: a PDF of the demo report, figures kept whole', async () => {
    await open(renderReport({ model }));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'report-demo.pdf'), format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Closed data tables do not print; charts and their captions do.
    expect(await page.locator('figure.chart-figure').first().evaluate((figure) => getComputedStyle(figure).breakInside)).toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
  });
});
