import { describe, expect, it } from 'vitest';
import { betaSampler } from '../../src/uncertainty/betaSampler.js';
import { seededSource } from '../../src/internal/seededSource.js';

const N = 20_000;

/** C(n, k). */
const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n, k - 1) * (n - k + 1)) / k);

/**
 * The Beta(a, b) distribution function for whole a and b, computed independently of any sampler:
 * I_x(a, b) = P(Binomial(a + b - 1, x) >= a) (Abramowitz and Stegun 26.5.24, with 6.6.4).
 */
function betaCdf(a: number, b: number, x: number): number {
  const n = a + b - 1;
  let p = 0;
  for (let k = a; k <= n; k++) p += choose(n, k) * x ** k * (1 - x) ** (n - k);
  return p;
}

/**
 * The Kolmogorov-Smirnov distance between the draws and the distribution function: the largest gap
 * between the share of draws at or below a draw and the CDF there, on either side of its step.
 */
function ksDistance(values: Float64Array, cdf: (x: number) => number): number {
  const sorted = values.slice().sort();
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, (i + 1) / N - f, f - i / N);
  });
  return d;
}

describe('betaSampler', () => {
  // PERT's shapes (a + b = 6) with whole a and b: BB with a < b, a = b and a > b (drawn with the shapes
  // swapped and turned around), and the ends (the mode at low or high), drawn by the inverse CDF.
  const shapes: [number, number][] = [[2, 4], [3, 3], [4, 2], [1, 5], [5, 1], [1, 1]];
  it.each(shapes)('draws Beta(%d, %d): the Kolmogorov-Smirnov distance to its CDF is under the 0.1% critical value', (a, b) => {
    const draw = betaSampler(a, b, seededSource(11));
    const values = Float64Array.from({ length: N }, draw);
    expect(values.every((x) => x >= 0 && x <= 1)).toBe(true);
    // The 0.1% critical value of the KS distance for large N: sqrt(-ln(0.0005) / 2) / sqrt(N) = 1.949 / sqrt(N).
    expect(ksDistance(values, (x) => betaCdf(a, b, x))).toBeLessThan(1.949 / Math.sqrt(N));
  });

  it('gives the same draws for the same seed', () => {
    const first = Float64Array.from({ length: 100 }, betaSampler(1.8, 4.2, seededSource(3)));
    expect(Float64Array.from({ length: 100 }, betaSampler(1.8, 4.2, seededSource(3)))).toEqual(first);
  });

  it('refuses shapes below 1', () => {
    expect(() => betaSampler(0.5, 2, seededSource(1))).toThrow('Beta shapes must be numbers >= 1, got a = 0.5, b = 2');
    expect(() => betaSampler(2, Number.NaN, seededSource(1))).toThrow('got a = 2, b = NaN');
  });
});
