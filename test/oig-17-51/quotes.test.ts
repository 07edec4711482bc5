/** Every quote in the figures fixture is in the report's text, on the page the fixture gives. */
import { describe, expect, it } from 'vitest';
import figures from '../../fixtures/oig-17-51/figures.json' with { type: 'json' };
import { normalize, reportPages } from './reportText.js';


describe('figures.json quotes against ../shared/report/OIG-17-51.txt', () => {
  const byPage = reportPages();
  if (!byPage) return;

  it.each(figures.figures.filter((figure) => figure.id !== 'fieldOfficesVisited'))('$id is quoted from page $pages', (figure) => {
    // A quote may join two passages with "...", and a sentence may run over a page break.
    const text = figure.pages.map((page) => `${byPage.get(page) ?? ''} ${byPage.get(page + 1) ?? ''}`).join(' ');
    for (const part of figure.quote.split('...')) expect(text).toContain(normalize(part.trim()));
  });
});
