import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/report/svg/linearScale.js';
import { logScale } from '../../src/report/svg/logScale.js';

describe('linearScale', () => {
  it('ticks every 1, 2 or 5 x 10^k from a multiple at or below min to one at or above max', () => {
    // 25 / 5 = 5 per step: 0, 5, ..., 25.
    expect(linearScale(0, 24.95).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    // 1.1 / 5 = 0.22, so steps of 0.5: 0, 0.5, 1, 1.5.
    expect(linearScale(0, 1.1).ticks).toEqual([0, 0.5, 1, 1.5]);
    // A range away from zero (a tornado chart): 45.2 to 57.9, span 12.7, steps of 5 (12.7 / 5 = 2.54 -> 5).
    expect(linearScale(45.2, 57.9).ticks).toEqual([45, 50, 55, 60]);
  });

  it('ticks have no float noise (0.1 x 3 is 0.3)', () => {
    expect(linearScale(0, 0.5).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('places values proportionally and clamps outside the domain', () => {
    const scale = linearScale(0, 25);
    expect(scale.at(12.5)).toBe(0.5);
    expect(scale.at(-3)).toBe(0);
    expect(scale.at(30)).toBe(1);
  });

  it('a single value still gets an axis', () => {
    expect(linearScale(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('logScale', () => {
  it('spans nice 1-2-5 ends with every power of ten between (Figure 1, non-detained: 407 to 10,156)', () => {
    const scale = logScale(407, 10156);
    expect(scale.domain).toEqual([200, 20000]);
    expect(scale.ticks).toEqual([200, 1000, 10000, 20000]);
  });

  it('spans at least a factor of 4 (Figure 1, detained: 65 to 104)', () => {
    // 50 is the nice value at or below 65; 200 the one at or above 104, and 200 = 4 x 50.
    expect(logScale(65, 104).ticks).toEqual([50, 100, 200]);
    // 94 to 104: 50 and 200 again (200 >= 4 x 50).
    expect(logScale(94, 104).domain).toEqual([50, 200]);
    // 1 to 1: from 0.5 (the nice value below 1) to the nice value at or above 4 x 0.5 = 2, which is 2.
    expect(logScale(1, 1).domain).toEqual([0.5, 2]);
  });

  it('starts strictly below the smallest value, so no bar has zero length (500 cases per officer: from 200)', () => {
    expect(logScale(500, 2000).domain).toEqual([200, 2000]);
    expect(logScale(100, 1000).domain[0]).toBe(50);
    expect(logScale(2, 2).domain).toEqual([1, 5]);
    expect(logScale(0.005, 1).domain[0]).toBe(0.002);
  });

  it('places values by their logarithm: 1,000 is half way from 101 (axis from 100) to 10,000', () => {
    const scale = logScale(101, 10000);
    expect(scale.domain).toEqual([100, 10000]);
    expect(scale.at(1000)).toBeCloseTo(0.5, 12);
    // 10,156 on 200..20,000: (log10 10156 - log10 200) / 2.
    expect(logScale(407, 10156).at(10156)).toBeCloseTo((Math.log10(10156) - Math.log10(200)) / 2, 12);
    expect(scale.at(0)).toBe(0);
  });

  it('small values: 0.3 to 40 gives 0.2 to 50', () => {
    expect(logScale(0.3, 40).ticks).toEqual([0.2, 1, 10, 50]);
  });
});
