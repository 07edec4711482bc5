import { Workforce, type WorkforceYear } from './Workforce.js';
import { plural } from '../internal/plural.js';

/** True when a gap is closed: 0 or less, float noise (a relative 1e-9) removed. */
export const isClosed = (gap: number, required: number): boolean => gap <= 1e-9 * Math.max(1, required);

/** The workforce's years with `hires` joining at the start of each. */
export function workforceYears(officers: number, years: number, hires: number, attritionRate: number, trainingMonths: number): WorkforceYear[] {
  const workforce = new Workforce(officers, attritionRate, trainingMonths);
  return Array.from({ length: years }, () => workforce.year(hires));
}

/**
 * The fewest hires a year that close the gap in the last year: officers carrying cases >= required.
 * Officers in the last year rise with the hires (each hire adds the same amount), so a doubling then
 * a bisection finds the least whole number.
 *
 * @throws {RangeError} `no number of hires closes the gap by 2018: hires finish training after the plan ends (trainingMonths 36 >= 3 years)`
 */
export function fewestHires(officers: number, required: readonly number[], attritionRate: number, trainingMonths: number, lastYear: number): number {
  const last = required.length - 1;
  const closes = (hires: number) => {
    const years = workforceYears(officers, required.length, hires, attritionRate, trainingMonths);
    return isClosed(required[last]! - years[last]!.officers, required[last]!);
  };
  if (closes(0)) return 0;
  if (trainingMonths >= 12 * required.length) {
    throw new RangeError(
      `no number of hires closes the gap by ${lastYear}: hires finish training after the plan ends (trainingMonths ${trainingMonths} >= ${plural(required.length, 'year')})`,
    );
  }
  let low = 0; // does not close
  let high = 1;
  while (!closes(high)) [low, high] = [high, high * 2];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (closes(middle)) high = middle;
    else low = middle;
  }
  return high;
}
