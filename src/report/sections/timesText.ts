import { formatTwoDecimals } from '../../output/numbers.js';
import type { Range } from '../../model/range.js';
import { timesPerYear, type Frequency, type WorkYear } from '../../model/units.js';

/**
 * How often a task or duty happens, in times a year; a ranged perYear as its mean with the range and
 * its distribution after it.
 *
 * @example
 * timesText({ perYear: 4 }, { paidHours: 2080, workdayHours: 8 }, { dist: 'triangular', low: 2, mode: 4, high: 6 }) // => '4.00 (2.00 to 6.00, triangular)'
 */
export function timesText(frequency: Frequency, year: WorkYear, range?: Range): string {
  const text = formatTwoDecimals(timesPerYear(frequency, year));
  return range ? `${text} (${formatTwoDecimals(range.low)} to ${formatTwoDecimals(range.high)}, ${range.dist})` : text;
}
