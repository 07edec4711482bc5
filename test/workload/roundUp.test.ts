import { describe, expect, it } from 'vitest';
import { roundUp } from '../../src/workload/roundUp.js';

describe('roundUp', () => {
  it('removes float noise before rounding up', () => {
    expect(0.1 + 0.2).toBe(0.30000000000000004);
    expect(roundUp((0.1 + 0.2) * 10)).toBe(3); // 3.0000000000000004
    expect(roundUp(((0.1 + 0.2) * 81_120) / 1872 / (1 - 6 / 19))).toBe(19); // 19.000000000000004
  });

  it('rounds real fractions up', () => {
    expect(roundUp(2.5)).toBe(3);
    expect(roundUp(3.01)).toBe(4);
    expect(roundUp(3.000001)).toBe(4);
    expect(roundUp(0.2)).toBe(1);
    expect(roundUp(0)).toBe(0);
    expect(roundUp(7)).toBe(7);
  });
});
