import { describe, expect, it } from 'vitest';
import { meanAndSd } from '../../src/uncertainty/meanAndSd.js';
import { orderStatistics } from '../../src/uncertainty/orderStatistics.js';
import { sampler } from '../../src/uncertainty/sampler.js';
import { seededSource } from '../../src/internal/seededSource.js';

const N = 200_000;

/** N draws of a sampler. */
function draws(next: () => number): Float64Array {
  return Float64Array.from({ length: N }, next);
}

/**
 * Mean and sd of the draws against the distribution's, within 5 standard errors: sd / sqrt(N) for
 * the mean, and for the sd, sqrt(Var(s^2)) / (2 sd) with Var(s^2) = (m4 - sd^4) / N (large-sample
 * variance of the sample variance; m4 the fourth central moment).
 */
function expectMoments(values: Float64Array, mean: number, sd: number, m4: number) {
  const found = meanAndSd(values);
  expect(Math.abs(found.mean - mean)).toBeLessThan((5 * sd) / Math.sqrt(N));
  expect(Math.abs(found.sd - sd)).toBeLessThan((5 * Math.sqrt((m4 - sd ** 4) / N)) / (2 * sd));
}

describe('seededSource', () => {
  it('is the reference MT19937: seed 5489 gives 4123659995 as its 10,000th output (ISO C++ [rand.predef])', () => {
    // Each number takes the low 26 bits of one output and the low 27 of the next: the 5,000th number
    // ends with the low 27 bits of the 10,000th output.
    const next = seededSource(5489);
    for (let i = 1; i < 5000; i++) next();
    const x = next();
    const low27 = (x * 2 ** 26 - Math.floor(x * 2 ** 26)) * 2 ** 27;
    expect(low27).toBe(4123659995 % 2 ** 27);
  });

  it('refuses a seed that is not a whole number from 0 to 2^32 - 1', () => {
    expect(() => seededSource(1.5)).toThrow('seed must be a whole number from 0 to 4294967295, got 1.5');
    expect(() => seededSource(2 ** 32)).toThrow('got 4294967296');
  });
});

describe('sampler', () => {
  it('draws PERT as a scaled Beta(a, b) with the Beta mean and variance', () => {
    // low 1, mode 2, high 6: a = 1 + 4 (2 - 1) / 5 = 1.8, b = 1 + 4 (6 - 2) / 5 = 4.2, a + b = 6.
    const [a, b, width] = [1.8, 4.2, 5];
    const mean = 1 + (width * a) / (a + b); // 2.5 = (1 + 4 x 2 + 6) / 6
    const variance = (width ** 2 * a * b) / ((a + b) ** 2 * (a + b + 1));
    // Beta excess kurtosis: 6 [(a - b)^2 (a + b + 1) - a b (a + b + 2)] / [a b (a + b + 2) (a + b + 3)]
    const excess = (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
    const values = draws(sampler({ dist: 'pert', low: 1, mode: 2, high: 6 }, seededSource(7)));
    expect(mean).toBe(2.5);
    expectMoments(values, mean, Math.sqrt(variance), (excess + 3) * variance ** 2);
    expect(Math.min(...values.subarray(0, 1000))).toBeGreaterThanOrEqual(1);
  });

  it('draws triangular and uniform ranges with their closed-form mean and variance', () => {
    // Triangular (a, c, b) = (1, 2, 6): mean (1 + 2 + 6) / 3 = 3, variance (a^2 + b^2 + c^2 - ab - ac - bc) / 18 = 21 / 18,
    // fourth central moment 12 variance^2 / 5 (excess kurtosis -3/5).
    const triangular = (1 + 36 + 4 - 6 - 2 - 12) / 18;
    expectMoments(draws(sampler({ dist: 'triangular', low: 1, mode: 2, high: 6 }, seededSource(8))), 3, Math.sqrt(triangular), 2.4 * triangular ** 2);
    // Uniform (1, 6): mean 3.5, variance 25 / 12, fourth central moment (b - a)^4 / 80.
    expectMoments(draws(sampler({ dist: 'uniform', low: 1, high: 6 }, seededSource(9))), 3.5, Math.sqrt(25 / 12), 625 / 80);
  });

  it('draws a PERT range with its mode at low (Beta(1, 5))', () => {
    const values = draws(sampler({ dist: 'pert', low: 0, mode: 0, high: 1 }, seededSource(10)));
    // Beta(1, 5): mean 1/6, variance 5 / (36 x 7)
    expect(Math.abs(meanAndSd(values).mean - 1 / 6)).toBeLessThan(5 * Math.sqrt(5 / 252 / N));
  });
});

describe('meanAndSd and orderStatistics', () => {
  it('give the mean, the sample sd and the k-th smallest values', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, sd sqrt(32 / 7)
    expect(meanAndSd(Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9))).toEqual({ mean: 5, sd: Math.sqrt(32 / 7) });
    expect(meanAndSd(new Float64Array(5).fill(24.95))).toEqual({ mean: 24.95, sd: 0 });
    const values = Float64Array.from({ length: 1001 }, (_, i) => (i * 7919) % 1001); // 0..1000 shuffled
    expect(orderStatistics(values, [1, 501, 950, 1001, 950])).toEqual(new Map([[1, 0], [501, 500], [950, 949], [1001, 1000]]));
  });

  it('orderStatistics gives what sorting gives, for draws, ties, one far draw and equal values', () => {
    const next = seededSource(12);
    const draws = Float64Array.from({ length: 10_007 }, () => -Math.log(1 - next())); // exponential: a long right tail
    const ties = Float64Array.from({ length: 5000 }, () => Math.floor(next() * 7)); // 7 values, each ~700 times
    const farOut = Float64Array.from({ length: 3000 }, (_, i) => (i === 1234 ? 1e12 : next())); // one draw far from the rest
    const same = new Float64Array(100).fill(-2.5);
    for (const values of [draws, ties, farOut, same]) {
      const n = values.length;
      const ranks = [1, 2, Math.ceil(0.05 * n), Math.ceil(0.5 * n), Math.ceil(0.9 * n), n - 1, n];
      const sorted = values.slice().sort();
      expect(orderStatistics(values, ranks)).toEqual(new Map(ranks.map((k) => [k, sorted[k - 1]!])));
    }
  });
});
