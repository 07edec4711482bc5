/**
 * Debian's chromium driven by playwright-core, for the browser tests. Where /usr/bin/chromium is
 * absent (`apt-get install chromium`; .ci/run installs it) the tests skip and say so.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const skipped = hasChromium ? '' : ` [skipped: ${CHROMIUM} is absent; apt-get install chromium (.ci/run does)]`;
if (!hasChromium) console.warn(`browser tests${skipped}`);

/** Screenshots go here (ignored by git): look at them. */
export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Runs in the page: every chart's parts that fall outside its SVG, and labels that run into the plot. */
export const chartProblemsScript = () =>
  [...document.querySelectorAll('svg.chart')].flatMap((svg) => {
    const box = svg.getBoundingClientRect();
    const problems: string[] = [];
    const plotLeft = Math.min(...[...svg.querySelectorAll('rect.bar')].map((bar) => bar.getBoundingClientRect().left));
    for (const element of svg.querySelectorAll('text, rect')) {
      const r = element.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        problems.push(`${svg.id}: ${element.tagName} "${element.textContent}" outside the chart`);
      }
      if (element.classList.contains('row-label') && r.right > plotLeft + 0.5) problems.push(`${svg.id}: label "${element.textContent}" runs into the plot`);
    }
    return problems;
  });
