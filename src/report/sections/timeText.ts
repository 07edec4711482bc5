import { formatTwoDecimals } from '../../output/numbers.js';
import type { Time } from '../../model/units.js';

const amount = (value: number) => formatTwoDecimals(value).replace(/\.?0+$/, '');

/**
 * Officer time as people write it: minutes under an hour, hours, or workdays as given.
 *
 * @example
 * timeText({ amount: 1 / 3, unit: 'hour' }) // => '20 min'
 */
export function timeText(time: Time): string {
  if (time.unit === 'workday') return `${amount(time.amount)} workday${time.amount === 1 ? '' : 's'}`;
  return time.amount < 1 ? `${amount(time.amount * 60)} min` : `${amount(time.amount)} h`;
}
