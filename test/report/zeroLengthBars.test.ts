import { describe, expect, it } from 'vitest';
import { reportCharts } from '../../src/index.js';
import { smallModel } from '../helpers.js';
import { attr, find, parseSvg, text } from './dom.js';

describe('caseload charts: no zero-length bar when a value is a nice 1, 2 or 5 x 10^k', () => {
  // Office a: 1,000 cases / 2 officers = 500 cases per officer; office b: 200 / 1 = 200, the smallest
  // value, itself on the 1-2-5 ladder (before, the log axis started at 200 and b's bar was width 0).
  const base = smallModel();
  const model = {
    ...base,
    offices: [
      { id: 'a', officers: { 'non-detained': 2 }, cases: { nd: 1000 } },
      { id: 'b', officers: { 'non-detained': 1 }, cases: { nd: 200 } },
    ],
  };
  const chart = reportCharts({ model }).find((each) => each.id === 'chart-caseload-1')!;
  const svg = parseSvg(chart.svg);
  const bars = find(svg, 'rect', 'bar');

  it('every bar has a positive width', () => {
    // Two offices, two lanes each (cases per officer, achievable caseload).
    expect(bars).toHaveLength(4);
    for (const bar of bars) expect(Number(attr(bar, 'width'))).toBeGreaterThan(0);
  });

  it('the axis starts at 100, the nice value below 200', () => {
    expect(find(svg, 'text', 'tick').map(text)[0]).toBe('100');
    expect(bars.map((bar) => text(find(bar, 'title')[0]!))).toContain('cases per officer on board: 200');
  });
});

describe('no chart draws a bar of width 0', () => {
  it('a model without collateral duties (a 0 h officer-year segment) draws no rect for it', () => {
    const charts = reportCharts({ model: smallModel() });
    for (const chart of charts) {
      for (const bar of find(parseSvg(chart.svg), 'rect', 'bar')) expect(Number(attr(bar, 'width')), chart.id).toBeGreaterThan(0);
    }
  });
});
