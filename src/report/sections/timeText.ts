import { formatTwoDecimals } from '../../output/numbers.js';
import type { Range } from '../../model/range.js';
import type { Time } from '../../model/units.js';

const amount = (value: number) => formatTwoDecimals(value).replace(/\.?0+$/, '');

/**
 * Officer time as people write it: minutes under an hour, hours, or workdays as given; a ranged time
 * (bounds in the time's unit) as its mean with the range and its distribution after it.
 *
 * @example
 * timeText({ amount: 1 / 3, unit: 'hour' }) // => '20 min'
 * timeText({ amount: 0.375, unit: 'hour' }, { dist: 'pert', low: 1 / 6, mode: 1 / 3, high: 0.75 }) // => '22.5 min (10 to 45, pert)'
 */
export function timeText(time: Time, range?: Range): string {
  const [scale, unit] = time.unit === 'workday' ? [1, time.amount === 1 && !range ? ' workday' : ' workdays'] : time.amount < 1 ? [60, ' min'] : [1, ' h'];
  const text = `${amount(time.amount * scale)}${unit}`;
  return range ? `${text} (${amount(range.low * scale)} to ${amount(range.high * scale)}, ${range.dist})` : text;
}
