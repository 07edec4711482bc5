import { fsum } from '../internal/fsum.js';

/** Hours in a week. */
const WEEK_HOURS = 168;

/**
 * The share of a week's arrivals in each open hour: `profile` checked, or even shares.
 *
 * @throws {RangeError} `openHoursPerWeek must be a whole number in [1, 168], got 0`;
 *   `profile must have one share per open hour (40), got 39`; `profile[3] must be a number >= 0, got -1`;
 *   `profile must sum to 1 (the week's arrivals), got 0.98`
 * @example
 * hourlyShares(4) // => [0.25, 0.25, 0.25, 0.25]
 */
export function hourlyShares(openHoursPerWeek: number, profile?: readonly number[]): number[] {
  if (!(Number.isInteger(openHoursPerWeek) && openHoursPerWeek >= 1 && openHoursPerWeek <= WEEK_HOURS)) {
    throw new RangeError(`openHoursPerWeek must be a whole number in [1, ${WEEK_HOURS}], got ${String(openHoursPerWeek)}`);
  }
  if (profile === undefined) return Array.from({ length: openHoursPerWeek }, () => 1 / openHoursPerWeek);
  if (!Array.isArray(profile) || profile.length !== openHoursPerWeek) {
    const got = Array.isArray(profile) ? profile.length : typeof profile;
    throw new RangeError(`profile must have one share per open hour (${openHoursPerWeek}), got ${got}`);
  }
  profile.forEach((share, i) => {
    if (typeof share !== 'number' || !Number.isFinite(share) || share < 0) {
      throw new RangeError(`profile[${i}] must be a number >= 0, got ${String(share)}`);
    }
  });
  const total = fsum(profile);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`profile must sum to 1 (the week's arrivals), got ${total}`);
  return [...profile];
}
