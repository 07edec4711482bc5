/** Every quote in the figures fixture is in the report's text, on the page the fixture gives. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import figures from '../../fixtures/oig-17-51/figures.json' with { type: 'json' };

const reportFile = join(import.meta.dirname, '../../../shared/report/OIG-17-51.txt');
const normalize = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/** The report's text split at its page footers ("www.oig.dhs.gov\n\nN\n"), indexed by page number. */
function pages(text: string): Map<number, string> {
  const byPage = new Map<number, string>();
  const parts = text.split(/www\.oig\.dhs\.gov\s*\n\s*(\d+)\s*\n/);
  for (let i = 1; i < parts.length; i += 2) byPage.set(Number(parts[i]), normalize(parts[i - 1]!));
  return byPage;
}

describe('figures.json quotes against ../shared/report/OIG-17-51.txt', () => {
  // The report's text sits beside the repository, not in it: a fresh clone skips these checks (CI has
  // the file). vitest runs a describe body even when its tests are skipped, so the file is read only here.
  if (!existsSync(reportFile)) {
    const message = `skipped: ${reportFile} is absent (the report's text is not part of the repository)`;
    console.warn(message);
    it.skip(message, () => {});
    return;
  }
  const byPage = pages(readFileSync(reportFile, 'utf8'));

  it.each(figures.figures.filter((figure) => figure.id !== 'fieldOfficesVisited'))('$id is quoted from page $pages', (figure) => {
    // A quote may join two passages with "...", and a sentence may run over a page break.
    const text = figure.pages.map((page) => `${byPage.get(page) ?? ''} ${byPage.get(page + 1) ?? ''}`).join(' ');
    for (const part of figure.quote.split('...')) expect(text).toContain(normalize(part.trim()));
  });
});
