/**
 * Ranged estimates: a task's or duty's `time` or `perYear` given as `{ low, mode, high, dist? }`.
 * A range is uncertainty about the average, so every deterministic calculation uses its mean;
 * `simulate` and `sensitivity` (src/uncertainty/) use the whole range.
 */
import * as z from 'zod/mini';

/** The distributions a range can take. `pert` is the default. */
export const DISTRIBUTIONS = ['pert', 'triangular', 'uniform'] as const;
/** A range's distribution: `pert`, `triangular` or `uniform`. */
export type Distribution = (typeof DISTRIBUTIONS)[number];

/**
 * A range as parsed: bounds in one unit (hours or workdays for a time, as `unit` of the activity's
 * `time` says; times a year for `perYear`). `mode` is absent for a uniform range.
 */
export interface Range {
  /** The distribution. */
  readonly dist: Distribution;
  /** The lowest value. */
  readonly low: number;
  /** The most likely value; absent for `uniform`. */
  readonly mode?: number;
  /** The highest value. */
  readonly high: number;
}

/** The schema of a range whose bounds match `bound` (officer time, or a number of times a year). */
export function rangeSchema<Bound extends z.core.SomeType>(bound: Bound, what: string) {
  return z
    .strictObject({
      /** The lowest value the average can take. */
      low: bound,
      /** The most likely value (not for `uniform`). */
      mode: z.optional(bound),
      /** The highest value the average can take. */
      high: bound,
      /** `pert` (default), `triangular`, or `uniform` (low and high only). */
      /** In any case, trimmed (`"PERT"` is `pert`); parsed to lower case. */
      dist: z.optional(
        z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(DISTRIBUTIONS)).check(
          z.describe('pert (default), triangular, or uniform (low and high only); any case.'),
        ),
      ),
    })
    .check(
      z.describe(
        `A range of ${what}: low <= mode <= high and low < high. Calculations that take one value use its mean: ` +
          'pert (low + 4 mode + high) / 6, triangular (low + mode + high) / 3, uniform (low + high) / 2.',
      ),
    );
}

/**
 * The mean of a range's distribution: what every deterministic calculation uses.
 * PERT: (low + 4 mode + high) / 6 (Malcolm, Roseboom, Clark and Fazar 1959, "Application of a technique
 * for research and development program evaluation", Operations Research 7(5), 646-669); it is the mean
 * of the PERT-Beta distribution that `simulate` draws from. Triangular: (low + mode + high) / 3;
 * uniform: (low + high) / 2 (Johnson, Kotz and Balakrishnan, Continuous Univariate Distributions,
 * vol. 2, 2nd ed., 1995, ch. 26).
 *
 * @example
 * // (1 + 4 x 2 + 6) / 6:
 * rangeMean({ dist: 'pert', low: 1, mode: 2, high: 6 }) // => 2.5
 * rangeMean({ dist: 'uniform', low: 1, high: 6 }) // => 3.5
 */
export function rangeMean(range: Range): number {
  switch (range.dist) {
    case 'pert':
      return (range.low + 4 * range.mode! + range.high) / 6;
    case 'triangular':
      return (range.low + range.mode! + range.high) / 3;
    case 'uniform':
      return (range.low + range.high) / 2;
  }
}
