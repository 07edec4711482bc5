import { describe, expect, it } from 'vitest';
import { IntegerCounts } from '../../src/uncertainty/integerCounts.js';

describe('IntegerCounts', () => {
  it('gives the k-th smallest of the values added, growing below and above the first value', () => {
    const counts = new IntegerCounts();
    // 50, then values far below and above it, so the table grows both ways: sorted 3, 7, 7, 50, 50, 400
    for (const value of [50, 7, 400, 50, 3, 7]) counts.add(value);
    expect([1, 2, 3, 4, 5, 6].map((k) => counts.kthSmallest(k))).toEqual([3, 7, 7, 50, 50, 400]);
  });

  it('agrees with sorting for many values', () => {
    const values = Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 613) - 300);
    const counts = new IntegerCounts();
    values.forEach((value) => counts.add(value));
    const sorted = [...values].sort((a, b) => a - b);
    for (const k of [1, 50, 500, 901, 1000]) expect(counts.kthSmallest(k)).toBe(sorted[k - 1]);
  });

  it('refuses a rank past the values counted', () => {
    const counts = new IntegerCounts();
    counts.add(2);
    expect(() => counts.kthSmallest(2)).toThrow(new RangeError('k must be from 1 to 1, got 2'));
  });
});

describe('IntegerCounts on runs of ever lower and ever higher values', () => {
  it('counts each value where it belongs', () => {
    const counts = new IntegerCounts();
    const values = [...Array.from({ length: 300 }, (_, i) => 1000 - i), ...Array.from({ length: 300 }, (_, i) => 1001 + i)];
    values.forEach((value) => counts.add(value));
    // 701 .. 1300, each once: the k-th smallest is 700 + k
    for (const k of [1, 2, 300, 301, 600]) expect(counts.kthSmallest(k)).toBe(700 + k);
  });
});
