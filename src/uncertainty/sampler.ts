import type { Range } from '../model/range.js';
import { betaSampler } from './betaSampler.js';

/**
 * A range's draws as low + width x draw(), where draw() gives a number in [0, 1] from uniform
 * numbers of `source`: the loop of `simulate` scales the draws itself (typed arrays of lows and
 * widths), with no closure around each sampler.
 */
export interface UnitSampler {
  draw: () => number;
  low: number;
  width: number;
}

/**
 * The standard form of a range's distribution, on [0, 1]:
 *
 * - `pert`: Beta(a, b), a = 1 + 4 (mode - low) / (high - low), b = 1 + 4 (high - mode) / (high - low):
 *   the PERT-Beta distribution, whose mean is (low + 4 mode + high) / 6 (Vose, Risk Analysis: A
 *   Quantitative Guide, 3rd ed., Wiley, 2008: "PERT"), drawn by `betaSampler` (Cheng's algorithm BB;
 *   a + b = 6, so a, b >= 1).
 * - `triangular` with its mode at c = (mode - low) / (high - low): the inverse of its distribution
 *   function at one uniform draw u, sqrt(u c) when u < c, else 1 - sqrt((1 - u) (1 - c)) (Kotz and
 *   van Dorp, Beyond Beta, 2004, ch. 1).
 * - `uniform`: u itself.
 */
export function unitSampler(range: Range, source: () => number): UnitSampler {
  const { low, high } = range;
  const width = high - low;
  switch (range.dist) {
    case 'pert':
      return { draw: betaSampler(1 + (4 * (range.mode! - low)) / width, 1 + (4 * (high - range.mode!)) / width, source), low, width };
    case 'triangular': {
      const c = (range.mode! - low) / width;
      const draw = () => {
        const u = source();
        return u < c ? Math.sqrt(u * c) : 1 - Math.sqrt((1 - u) * (1 - c));
      };
      return { draw, low, width };
    }
    case 'uniform':
      return { draw: source, low, width };
  }
}

/**
 * Draws from a range's distribution, one number per call, with uniform numbers from `source`:
 * low + (high - low) x a draw of its standard form (see unitSampler).
 *
 * @example
 * const draw = sampler({ dist: 'pert', low: 1, mode: 2, high: 6 }, seededSource(1));
 * // Numbers in [1, 6], whose mean over many draws is 2.5; the same ones for seed 1 on every platform:
 * draw() // => 3.1043071578167436
 * draw() // => 1.0816043230228047
 */
export function sampler(range: Range, source: () => number): () => number {
  const { draw, low, width } = unitSampler(range, source);
  return () => low + width * draw();
}
