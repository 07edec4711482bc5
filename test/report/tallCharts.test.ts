import { describe, expect, it } from 'vitest';
import { reportCharts } from '../../src/index.js';
import { smallModel } from '../helpers.js';
import { attr, find, parseSvg, text } from './dom.js';

describe('charts taller than a screen repeat the axis labels at the top', () => {
  const offices = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `o${i}`, officers: { 'non-detained': 1 + (i % 7) }, cases: { nd: 100 * (i + 1) } }));
  const chart = (n: number) => parseSvg(reportCharts({ model: { ...smallModel(), offices: offices(n) } }).find((each) => each.id === 'chart-caseload-1')!.svg);

  it('200 offices: the same tick labels above the first bar as below the last', () => {
    const svg = chart(200);
    const [top, bottom] = [find(svg, 'text', 'tick-top'), find(svg, 'text', 'tick')];
    expect(bottom.length).toBeGreaterThan(1);
    expect(top.map(text)).toEqual(bottom.map(text));
    expect(top.map((each) => attr(each, 'x'))).toEqual(bottom.map((each) => attr(each, 'x')));
    const bars = find(svg, 'rect', 'bar').map((bar) => Number(attr(bar, 'y')));
    // Below the legend's swatches: a label's top (baseline - font size) clears their bottom.
    const legendBottom = Math.max(...find(find(svg, 'g', 'legend')[0]!, 'rect').map((rect) => Number(attr(rect, 'y')) + Number(attr(rect, 'height'))));
    for (const label of top) {
      expect(Number(attr(label, 'y'))).toBeLessThan(Math.min(...bars));
      expect(Number(attr(label, 'y')) - Number(attr(label, 'font-size'))).toBeGreaterThanOrEqual(legendBottom);
    }
  });

  it('2 offices (a short chart): the labels only at the bottom', () => {
    expect(find(chart(2), 'text', 'tick-top')).toHaveLength(0);
  });
});
