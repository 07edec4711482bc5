import { describe, expect, it } from 'vitest';
import { reportCharts } from '../../src/index.js';
import { formatTick } from '../../src/report/svg/formatTick.js';
import { logScale } from '../../src/report/svg/logScale.js';
import { textWidth } from '../../src/report/svg/textWidth.js';
import { smallModel } from '../helpers.js';
import { attr, find, parseSvg, text } from './dom.js';

describe('log axes over many decades', () => {
  it('logScale: at most 8 ticks, none twice, decades skipped evenly', () => {
    // 0.00001 to 10^12: axis 0.000005 (the nice value below 1e-5) to 10^12; the 17 powers 10^-5 .. 10^11
    // between, every 3rd (ceil(17 / 6) = 3): 10^-3, 10^0, ..., 10^9.
    const scale = logScale(1e-5, 1e12);
    expect(scale.domain).toEqual([5e-6, 1e12]);
    expect(scale.ticks).toEqual([5e-6, 1e-3, 1, 1e3, 1e6, 1e9, 1e12]);
    // Six decades or fewer: every one (10^0 .. 10^5 inside 0.5 .. 10^6).
    expect(logScale(1, 1e6).ticks).toEqual([0.5, 1, 10, 100, 1000, 10000, 100000, 1e6]);
  });

  it('formatTick: small values keep their significant digits, never "0"', () => {
    expect(formatTick(0.00001)).toBe('1e-5');
    expect(formatTick(0.000005)).toBe('5e-6');
    expect(formatTick(0.005)).toBe('0.005');
    expect(formatTick(0.5)).toBe('0.5');
    expect(formatTick(1e12)).toBe('1e12');
    expect(formatTick(20000)).toBe('20,000');
  });

  // Office h: 10^12 cases, 1 officer; office t: 1 case, 100,000 officers = 0.00001 cases per officer.
  const model = {
    ...smallModel(),
    offices: [
      { id: 'h', name: 'Huge', officers: { 'non-detained': 1 }, cases: { nd: 1e12 } },
      { id: 't', name: 'Tiny', officers: { 'non-detained': 100000 }, cases: { nd: 1 } },
    ],
  };
  const chart = reportCharts({ model }).find((each) => each.id === 'chart-caseload-1')!;
  const svg = parseSvg(chart.svg);

  it('tick labels do not collide, none is twice or "0"', () => {
    const ticks = find(svg, 'text', 'tick');
    const labels = ticks.map(text);
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).not.toContain('0');
    const boxes = ticks.map((tick) => {
      const [x, half] = [Number(attr(tick, 'x')), textWidth(text(tick), Number(attr(tick, 'font-size'))) / 2];
      return [x - half, x + half] as const;
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThan(boxes[i - 1]![1]);
  });

  it('the small caseload reads 1e-5 in its bar label, tooltip, table and description', () => {
    expect(find(svg, 'text', 'lane-text').map(text)).toContain('1e-5');
    expect(find(svg, 'title').map(text)).toContain('cases per officer on board: 1e-5');
    expect(chart.data.rows.find((row) => row[0] === 'Tiny')?.[1]).toBe('1e-5');
    expect(chart.description).toContain('from 1e-5 (Tiny) to 1,000,000,000,000 (Huge)');
  });
});
