import { randomBeta, randomUniform } from 'd3-random';
import type { Range } from '../model/range.js';

/**
 * Draws from a range's distribution, one number per call, with uniform numbers from `source`.
 *
 * - `pert`: low + (high - low) x Beta(a, b), a = 1 + 4 (mode - low) / (high - low),
 *   b = 1 + 4 (high - mode) / (high - low): the PERT-Beta distribution, whose mean is
 *   (low + 4 mode + high) / 6 (Vose, Risk Analysis: A Quantitative Guide, 3rd ed., Wiley, 2008: "PERT").
 *   The Beta draw is d3-random's `randomBeta`: the ratio of two Gamma draws, each by Marsaglia and
 *   Tsang's method ("A simple method for generating gamma variables", ACM TOMS 26(3), 2000).
 * - `triangular`: the inverse of its distribution function at one uniform draw u:
 *   low + sqrt(u (high - low) (mode - low)) when u < (mode - low) / (high - low), else
 *   high - sqrt((1 - u) (high - low) (high - mode)) (Kotz and van Dorp, Beyond Beta, 2004, ch. 1).
 * - `uniform`: low + (high - low) u (d3-random's `randomUniform`).
 *
 * @example
 * const draw = sampler({ dist: 'pert', low: 1, mode: 2, high: 6 }, seededSource(1));
 * draw() // => a number in [1, 6]; the mean of many draws is 2.5
 */
export function sampler(range: Range, source: () => number): () => number {
  const { low, high } = range;
  const width = high - low;
  switch (range.dist) {
    case 'pert': {
      const beta = randomBeta.source(source)(1 + (4 * (range.mode! - low)) / width, 1 + (4 * (high - range.mode!)) / width);
      return () => low + width * beta();
    }
    case 'triangular': {
      const mode = range.mode!;
      const split = (mode - low) / width;
      return () => {
        const u = source();
        return u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
      };
    }
    case 'uniform':
      return randomUniform.source(source)(low, high);
  }
}
