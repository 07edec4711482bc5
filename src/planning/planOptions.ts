import { MAX_COUNT } from '../internal/arguments.js';
import type { HiringPlanOptions } from './hiringPlanTypes.js';

/** The most years a plan may have: each year is a whole `assess` and `allocateHires`, and a row of output. */
export const MAX_PLAN_YEARS = 1000;

const whole = (name: string, value: unknown, min: number, max: number, most: string): void => {
  if (!(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
    throw new RangeError(`${name} must be a whole number in [${min}, ${most}], got ${String(value)}`);
  }
};
const inRange = (name: string, value: unknown, range: string, ok: (value: number) => boolean): void => {
  if (!(typeof value === 'number' && Number.isFinite(value) && ok(value))) throw new RangeError(`${name} must be a number in ${range}, got ${String(value)}`);
};

/**
 * Checks a hiring plan's options (all but docketGrowth, which `docketFactors` checks).
 *
 * @throws {RangeError} `years must be a whole number in [1, 1000], got 0`; `attritionRate must be a number in [0, 1), got 1`;
 *   `trainingMonths must be a number in [0, Infinity), got -1`; `hiresPerYear must be a whole number in [0, 2^53 - 1], got 2.5`;
 *   `startYear must be a whole number, got 2016.5`; `vacancyRate must be a number in [0, 1), got 1`
 */
export function checkPlanOptions(options: HiringPlanOptions): void {
  whole('years', options.years, 1, MAX_PLAN_YEARS, String(MAX_PLAN_YEARS));
  inRange('attritionRate', options.attritionRate, '[0, 1)', (rate) => rate >= 0 && rate < 1);
  inRange('trainingMonths', options.trainingMonths, '[0, Infinity)', (months) => months >= 0);
  if (options.hiresPerYear !== undefined) whole('hiresPerYear', options.hiresPerYear, 0, MAX_COUNT, '2^53 - 1');
  if (options.startYear !== undefined && !Number.isInteger(options.startYear)) {
    throw new RangeError(`startYear must be a whole number, got ${String(options.startYear)}`);
  }
  if (options.vacancyRate !== undefined) inRange('vacancyRate', options.vacancyRate, '[0, 1)', (rate) => rate >= 0 && rate < 1);
}
