import { quantileSorted } from '../internal/simpleStatistics.js';

/** Bootstrap resamples drawn for each interval. */
export const BOOTSTRAP_RESAMPLES = 2000;

/**
 * A 90% percentile-bootstrap confidence interval of the ratio estimator sum(minutes) / sum(cases):
 * the mean minutes per occurrence when some entries cover several cases (Efron & Tibshirani,
 * *An Introduction to the Bootstrap*, 1993, ch. 13; the ratio estimator, Cochran, *Sampling
 * Techniques*, 1977, ch. 6). Entries are resampled whole, with replacement.
 *
 * Why the bootstrap and not a t interval: task times are right-skewed (most check-ins are short, a
 * few are long), so a symmetric interval misplaces both bounds at the sample sizes a time study
 * has, and can go below zero; the bootstrap needs no normality and no t-quantile code, and a
 * seeded generator makes it reproducible.
 *
 * @param random uniform draws in [0, 1), seeded by the caller
 * @returns `[low, high]`, or null for fewer than 2 entries
 */
export function ratioInterval(
  minutes: readonly number[],
  cases: readonly number[],
  random: () => number,
  level = 0.9,
): [number, number] | null {
  const n = minutes.length;
  if (n < 2) return null;
  const ratios = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
    let totalMinutes = 0;
    let totalCases = 0;
    for (let k = 0; k < n; k++) {
      const i = Math.floor(random() * n);
      totalMinutes += minutes[i]!;
      totalCases += cases[i]!;
    }
    ratios[b] = totalMinutes / totalCases;
  }
  ratios.sort();
  const tail = (1 - level) / 2;
  const sorted = Array.from(ratios);
  return [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
}
