/**
 * Divisor (highest-averages) methods. Each seat goes to the key with the highest priority
 * weight / d(seats it has), starting from its floor and skipping keys at their ceiling. With
 * d(0) = 0 (Huntington-Hill, Adams) every key with positive weight takes a seat before any takes a
 * second. Source: Balinski and Young, *Fair Representation* (2nd ed., 2001); U.S. Census Bureau,
 * "Computing Apportionment" (the priority values of the method of equal proportions).
 *
 * Seats are placed from a quota start (seatQueue.ts), so the time depends on the number of keys, not
 * of seats. Priorities are compared in floating point; with integer weights (counts, populations), a
 * comparison too close for floats to decide is redone exactly in BigInt, so equal priorities are ties
 * and census data give census results. Other weights are computed figures: priorities within
 * TIE_TOLERANCE of each other are ties (ties.ts).
 */
import { fillSeats, quotaStart, type DivisorBounds, type SeatOrder } from './seatQueue.js';
import { TIE_TOLERANCE } from './ties.js';
import { plural } from '../internal/plural.js';

export type DivisorMethod = 'huntington-hill' | 'webster' | 'jefferson' | 'adams';

interface Divisor {
  /** d(n) in floating point. */
  of(n: number): number;
  /** d(n)^power as an exact integer: Huntington-Hill's sqrt(n(n + 1)) is compared squared, Webster's n + 1/2 doubled. */
  exact(n: bigint): bigint;
  power: 1 | 2;
  /** n + low <= d(n) <= n + high. */
  bounds: DivisorBounds;
}

const DIVISORS: Record<DivisorMethod, Divisor> = {
  'huntington-hill': { of: (n) => Math.sqrt(n * (n + 1)), exact: (n) => n * (n + 1n), power: 2, bounds: { low: 0, high: 0.5 } },
  webster: { of: (n) => n + 0.5, exact: (n) => 2n * n + 1n, power: 1, bounds: { low: 0.5, high: 0.5 } },
  jefferson: { of: (n) => n + 1, exact: (n) => n + 1n, power: 1, bounds: { low: 1, high: 1 } },
  adams: { of: (n) => n, exact: (n) => n, power: 1, bounds: { low: 0, high: 0 } },
};

/** True for the methods whose d(0) is 0: every key with positive weight gets a seat first. */
export function givesEverySeat(method: DivisorMethod): boolean {
  return DIVISORS[method].of(0) === 0;
}

/** Floats decide a comparison of integer-weight priorities when they differ by more than this (their error is below 2^-51). */
const FLOAT_DECIDES = 2 ** -49;

/**
 * The order of next seats: priority weight / d(seats held). With integer weights, priorities closer
 * than floats can tell apart are compared exactly, w_i^p x d(n_j)^p against w_j^p x d(n_i)^p in
 * BigInt; with other weights, priorities within TIE_TOLERANCE are a tie.
 */
function seatOrder(weights: readonly number[], divisor: Divisor, counts: readonly number[]): SeatOrder {
  const priority = (i: number, n: number) => weights[i]! / divisor.of(n);
  if (!weights.every(Number.isSafeInteger)) return { priority, margin: TIE_TOLERANCE, close: () => 0 };
  const big = weights.map(BigInt);
  const powered = divisor.power === 2 ? big.map((w) => w * w) : big;
  return {
    priority,
    margin: FLOAT_DECIDES,
    close: (i, j) => {
      const left = powered[i]! * divisor.exact(BigInt(counts[j]!));
      const right = powered[j]! * divisor.exact(BigInt(counts[i]!));
      return left > right ? 1 : left < right ? -1 : 0;
    },
  };
}

/**
 * Weights above 2^1000 divided by a power of two (exactly) so that no priority overflows: Webster's
 * w / d(0) is 2w. Other weights are left as they are, so the smallest never underflows to 0.
 */
function withoutOverflow(weights: readonly number[]): readonly number[] {
  const largest = weights.reduce((a, b) => Math.max(a, b), 0);
  if (largest < 2 ** 1000) return weights;
  const scale = 2 ** (Math.floor(Math.log2(largest)) - 1000);
  return weights.map((w) => w / scale);
}

export interface DivisorOptions {
  /** `"quotas"` (default) starts from a quota estimate; `"floors"` gives every seat in turn (for tests). */
  start?: 'quotas' | 'floors';
}

/**
 * The seats of each key under a divisor method, from `floors` (which already hold a seat for every
 * key with positive weight under Huntington-Hill and Adams) up to `seats`, never past `max`.
 * @throws {RangeError} when seats remain and only keys of weight 0 have room
 */
export function divisorApportion(
  weights: readonly number[],
  method: DivisorMethod,
  floors: readonly number[],
  max: readonly number[],
  seats: number,
  options: DivisorOptions = {},
): number[] {
  const divisor = DIVISORS[method];
  const values = withoutOverflow(weights);
  const counts = options.start === 'floors' ? [...floors] : quotaStart(values, () => divisor.bounds, floors, max, seats);
  const positive = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const left = fillSeats(counts, max, positive, seats - counts.reduce((sum, n) => sum + n, 0), seatOrder(values, divisor, counts));
  if (left > 0) {
    throw new RangeError(`${plural(left, 'seat is', 'seats are')} left once every key with a positive weight is at its ceiling; keys of weight 0 take none`);
  }
  return counts;
}
