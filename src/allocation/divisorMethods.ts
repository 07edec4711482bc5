/**
 * Divisor (highest-averages) methods. Each seat goes to the key with the highest priority
 * weight / d(seats it has), starting from its floor and skipping keys at their ceiling. With
 * d(0) = 0 (Huntington-Hill, Adams) every key with positive weight takes a seat before any takes a
 * second. Source: Balinski and Young, *Fair Representation* (2nd ed., 2001); U.S. Census Bureau,
 * "Computing Apportionment" (the priority values of the method of equal proportions).
 */
import { Heap } from '../internal/Heap.js';
import type { Arithmetic } from './arithmetic.js';

export type DivisorMethod = 'huntington-hill' | 'webster' | 'jefferson' | 'adams';

/**
 * Divisors kept in whole numbers so that comparisons can be exact: priority = weight^power / divisor(n).
 * Huntington-Hill's d(n) = sqrt(n(n + 1)) is compared squared; Webster's n + 1/2 doubled.
 */
const DIVISORS: Record<DivisorMethod, { power: 1 | 2; divisor: (seats: number) => number }> = {
  'huntington-hill': { power: 2, divisor: (n) => n * (n + 1) },
  webster: { power: 1, divisor: (n) => 2 * n + 1 },
  jefferson: { power: 1, divisor: (n) => n + 1 },
  adams: { power: 1, divisor: (n) => n },
};

/** True for the methods whose d(0) is 0: every key with positive weight gets a seat first. */
export function givesEverySeat(method: DivisorMethod): boolean {
  return DIVISORS[method].divisor(0) === 0;
}

/**
 * Adds seats to `counts` (the floors) until they sum to `seats`.
 * @throws {RangeError} when seats remain and only keys of weight 0 have room
 */
export function divisorApportion<T>(
  arithmetic: Arithmetic<T>,
  weights: readonly T[],
  positive: readonly boolean[],
  method: DivisorMethod,
  counts: number[],
  max: readonly number[],
  seats: number,
): number[] {
  const { power, divisor } = DIVISORS[method];
  const powered = weights.map((w) => (power === 2 ? arithmetic.mul(w, w) : w));
  // 2: infinite priority (d = 0, weight > 0); 1: finite and positive; 0: weight 0.
  const rank = (i: number) => (positive[i] ? (divisor(counts[i]!) === 0 ? 2 : 1) : 0);
  const before = (i: number, j: number): boolean => {
    const ri = rank(i);
    const rj = rank(j);
    if (ri !== rj) return ri > rj;
    if (ri === 1) {
      const order = arithmetic.compare(
        arithmetic.mul(powered[i]!, arithmetic.of(divisor(counts[j]!))),
        arithmetic.mul(powered[j]!, arithmetic.of(divisor(counts[i]!))),
      );
      if (order !== 0) return order > 0;
    }
    return i < j; // ties go to the key that comes first
  };
  const heap = new Heap(before);
  counts.forEach((count, i) => count < max[i]! && heap.push(i));
  for (let left = seats - counts.reduce((a, b) => a + b, 0); left > 0; left--) {
    const next = heap.pop()!;
    if (!positive[next]) {
      throw new RangeError(`${left} seat(s) are left once every key with a positive weight is at its ceiling; keys of weight 0 take none`);
    }
    counts[next]!++;
    if (counts[next]! < max[next]!) heap.push(next);
  }
  return counts;
}
