import { MAX_COUNT } from '../internal/arguments.js';
import { Workforce, type WorkforceYear } from './Workforce.js';
import { plural } from '../internal/plural.js';

/**
 * The float noise in a year's gap: officers are carried from year to year by a few roundings of
 * 2^-53 each, so after `years` years they are off by at most about 4 (years + 1) x 2^-52 of their size.
 * Far below any real gap: 2.7e-13 of the figures in a 300-year plan.
 */
export const gapNoise = (required: number, officers: number, years: number): number =>
  4 * (years + 1) * Number.EPSILON * Math.max(1, Math.abs(required), Math.abs(officers));

/** requiredOfficers - officers, 0 when they differ by float noise only: a year's gap as its row gives it. */
export function planGap(required: number, officers: number, years: number): number {
  const gap = required - officers;
  return Math.abs(gap) <= gapNoise(required, officers, years) ? 0 : gap;
}

/** The workforce's years with `hires` joining at the start of each. */
export function workforceYears(officers: number, years: number, hires: number, attritionRate: number, trainingMonths: number): WorkforceYear[] {
  const workforce = new Workforce(officers, attritionRate, trainingMonths);
  return Array.from({ length: years }, () => workforce.year(hires));
}

/**
 * The fewest hires a year that close the gap in the last year: its `planGap` is 0 or less. Officers
 * in the last year rise with the hires (each hire adds the same amount), so a doubling then a
 * bisection over whole numbers in [0, 2^53 - 1] finds the least: at most 107 trial plans.
 *
 * @throws {RangeError} `no number of hires closes the gap by 2018: hires finish training after the plan ends (trainingMonths 36 >= 3 years)`;
 *   `closing the gap by 2045 takes more than 2^53 - 1 (9007199254740991) hires a year, past what a count can hold exactly: plan fewer years or a slower docketGrowth`
 */
export function fewestHires(officers: number, required: readonly number[], attritionRate: number, trainingMonths: number, lastYear: number): number {
  const last = required.length - 1;
  const closes = (hires: number) => {
    const years = workforceYears(officers, required.length, hires, attritionRate, trainingMonths);
    return planGap(required[last]!, years[last]!.officers, required.length) <= 0;
  };
  if (closes(0)) return 0;
  if (trainingMonths >= 12 * required.length) {
    throw new RangeError(
      `no number of hires closes the gap by ${lastYear}: hires finish training after the plan ends (trainingMonths ${trainingMonths} >= ${plural(required.length, 'year')})`,
    );
  }
  let low = 0; // does not close
  let high = 1;
  while (!closes(high)) {
    if (high === MAX_COUNT) {
      throw new RangeError(
        `closing the gap by ${lastYear} takes more than 2^53 - 1 (${MAX_COUNT}) hires a year, past what a count can hold exactly: plan fewer years or a slower docketGrowth`,
      );
    }
    [low, high] = [high, Math.min(MAX_COUNT, high * 2)];
  }
  // Whole numbers to 2^53 - 1 are exact, and so is low + (high - low) / 2 rounded down: the bracket shrinks every step.
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (closes(middle)) high = middle;
    else low = middle;
  }
  return high;
}
