/**
 * The two halves of a divisor method (and of placing hires, which is one): a start that every key
 * surely reaches, computed from quotas, and a queue that hands out the remaining seats one at a time.
 *
 * A divisor method gives the seats, in order, to the highest "seat priorities" w_i / d_i(n) over all
 * keys i and seat numbers n (Balinski and Young, *Fair Representation*, 2nd ed., 2001, ch. 4):
 * the result for s seats is the s highest. So any start that holds only seats among the s highest
 * (a "lower start") can be completed by the queue and gives the same result as starting from the
 * floors. `quotaStart` finds such a start near s with a few passes over the keys, so that the queue
 * places O(keys) seats instead of s (10^9 seats take as long as 10^4).
 */
import { Heap } from '../internal/Heap.js';

/** How the queue orders the keys' next seats. */
export interface SeatOrder {
  /** The priority of key i's seat number n + 1 (holding n), in floating point; Infinity comes first. */
  priority(i: number, n: number): number;
  /** Priorities further apart than this (relative) are ordered by their floats alone. */
  margin: number;
  /** Orders two next seats whose priorities are within the margin: > 0 for key i's, 0 for a tie. */
  close(i: number, j: number): number;
}

/**
 * Adds `left` seats to `counts` one at a time, each to the key whose next seat comes first by `order`
 * (a tie goes to the key listed first), never past a key's ceiling. Only `keys` take part. Changes
 * `counts`; returns the seats it could not place because every key in `keys` is at its ceiling.
 */
export function fillSeats(counts: number[], max: readonly number[], keys: Iterable<number>, left: number, order: SeatOrder): number {
  const { margin } = order;
  // Each key's next priority, computed once per seat it takes.
  const next = new Float64Array(counts.length);
  const heap = new Heap((i, j) => {
    const a = next[i]!;
    const b = next[j]!;
    if (a !== b && (a === Infinity || b === Infinity || Math.abs(a - b) > margin * Math.max(a, b))) return a > b;
    const closer = order.close(i, j);
    return closer !== 0 ? closer > 0 : i < j;
  });
  for (const key of keys) {
    if (counts[key]! >= max[key]!) continue;
    next[key] = order.priority(key, counts[key]!);
    heap.push(key);
  }
  for (; left > 0; left--) {
    const top = heap.peek();
    if (top === undefined) return left;
    counts[top]!++;
    // Its next seat has a lower priority: it sinks to its place, or leaves at its ceiling.
    if (counts[top]! < max[top]!) {
      next[top] = order.priority(top, counts[top]!);
      heap.replaceTop(top);
    } else heap.pop();
  }
  return 0;
}

/** A key of a divisor method as `quotaStart` sees it: d(n) lies in [n + low, n + high] for every n >= 0. */
export interface DivisorBounds {
  low: number;
  high: number;
}

/**
 * Relative slack for float error in the bounds below: far above it (a product w t is off by a few
 * 2^-53, ties reach TIE_TOLERANCE = 2^-47, about 7.1e-15), far below any real gap. It also sets the
 * queue's work: about 2 x SLACK x seats per key, 18,000 at 2^53 - 1 seats (1e-9 left 18 million there,
 * seconds a call).
 */
const SLACK = 1e-12;

/**
 * A lower start for `seats` seats: for each key a number of seats that the key surely holds in the
 * result, at least its floor, at most its ceiling, summing to at most `seats` and, for more than a few
 * seats per key, within a few seats per key of it.
 *
 * How: at t seats per unit of weight (a threshold priority of 1 / t), the seats above the threshold are,
 * for each key, between #{n >= 0 : n + high < w t} and #{n >= 0 : n + low < w t}, that is
 * max(0, ceil(w t - high)) and max(0, ceil(w t - low)). A search over t (interpolation, with bisection
 * as a fallback) finds a t whose upper count, floors and ceilings applied, is at most `seats`: then the
 * seats above the threshold are among the `seats` highest, and so are the seats of the lower count,
 * taken at t / (1 + SLACK) to keep float error and ties (TIE_TOLERANCE) on the safe side.
 *
 * @param weights positive where a key takes seats by priority; 0 keeps a key at its floor
 */
export function quotaStart(
  weights: readonly number[],
  bounds: (i: number) => DivisorBounds,
  floors: readonly number[],
  max: readonly number[],
  seats: number,
): number[] {
  const active: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0 && floors[i]! < max[i]!) active.push(i);
  const fixed = floors.reduce((sum, n) => sum + n, 0);
  // With a few seats per key beyond the floors, the queue alone is as fast.
  if (active.length === 0 || seats - fixed <= 4 * active.length) return [...floors];

  // The active keys' figures, packed for the passes below.
  const n = active.length;
  const [weight, low, high, floor, ceiling] = [0, 1, 2, 3, 4].map(() => new Float64Array(n)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  for (let k = 0; k < n; k++) {
    const i = active[k]!;
    const divisor = bounds(i);
    [weight[k], low[k], high[k], floor[k], ceiling[k]] = [weights[i]!, divisor.low, divisor.high, floors[i]!, max[i]!];
  }
  const clamp = (k: number, n: number) => (n < floor[k]! ? floor[k]! : n > ceiling[k]! ? ceiling[k]! : n);
  /** The most seats there can be above the threshold 1 / t. */
  const upperTotal = (t: number) => {
    let total = fixed;
    for (let k = 0; k < n; k++) {
      const x = weight[k]! * t;
      total += clamp(k, Math.max(0, Math.ceil(x - low[k]! + SLACK * (x + Math.abs(low[k]!))))) - floor[k]!;
    }
    return total;
  };

  // Bracket: upperTotal(below) <= seats < upperTotal(above); t = 0 gives the floors.
  let below = 0;
  let atBelow = fixed;
  let above = (seats - fixed + low.reduce((a, b) => a + b, 0)) / weight.reduce((a, b) => a + b, 0);
  let atAbove = upperTotal(above);
  for (let step = 0; atAbove <= seats; step++) {
    if (step === 64) return [...floors];
    [below, atBelow] = [above, atAbove];
    above *= 2;
    atAbove = upperTotal(above);
  }
  // Narrow until the upper count is within a seat per key of `seats`. The count is nearly linear in t,
  // so interpolation lands close; every other step bisects, so the bracket at least halves.
  const target = seats - n / 2;
  for (let step = 0; step < 200 && seats - atBelow > n; step++) {
    const guess = below + ((target - atBelow) * (above - below)) / (atAbove - atBelow);
    const t = step % 2 === 0 && guess > below && guess < above ? guess : (below + above) / 2;
    const at = upperTotal(t);
    if (at <= seats) [below, atBelow] = [t, at];
    else [above, atAbove] = [t, at];
  }

  const start = [...floors];
  for (let k = 0; k < n; k++) {
    const x = (weight[k]! * below) / (1 + SLACK);
    start[active[k]!] = clamp(k, Math.max(0, Math.ceil(x - high[k]! - SLACK * (x + Math.abs(high[k]!)))));
  }
  return start;
}
