/** Number formats for people (src/output/numbers.ts). */
import { describe, expect, it } from 'vitest';
import { formatLevel } from '../../src/output/numbers.js';

describe('formatLevel', () => {
  it.each<[number, string]>([
    [0.9, '90%'],
    [0.07, '7%'], // 0.07 * 100 is 7.000000000000001
    [0.955, '95.5%'],
    [0.0001, '0.01%'], // not 0%
    [0.9999, '99.99%'], // not 100%
    [0.999999, '99.9999%'],
    [1, '100%'],
  ])('says %d as %s', (level, shown) => {
    expect(formatLevel(level)).toBe(shown);
  });
});
