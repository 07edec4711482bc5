/**
 * Hamilton's method (largest remainders): each key gets the whole part of its quota
 * seats x weight / total, and the seats left go to the largest fractional parts. Floors and ceilings
 * fix a key whose quota falls outside them at the bound and share the rest among the others again.
 * Source: Balinski and Young, *Fair Representation* (2nd ed., 2001), ch. 5.
 */
import type { Arithmetic } from './arithmetic.js';

export function hamiltonApportion<T>(
  arithmetic: Arithmetic<T>,
  weights: readonly T[],
  min: readonly number[],
  max: readonly number[],
  seats: number,
): number[] {
  const A = arithmetic;
  const counts = weights.map(() => 0);
  const fixed = weights.map(() => false);
  let free = weights.map((_, i) => i);
  // Quotas are seatsLeft x w / total; compare seatsLeft x w with bound x total to stay exact.
  for (;;) {
    const seatsLeft = A.of(seats - counts.reduce((sum, n, i) => (fixed[i] ? sum + n : sum), 0));
    const total = free.reduce((sum, i) => A.add(sum, weights[i]!), A.of(0));
    const quotaVs = (i: number, bound: number) => A.compare(A.mul(seatsLeft, weights[i]!), A.mul(A.of(bound), total));
    const low = free.filter((i) => quotaVs(i, min[i]!) < 0);
    const high = low.length > 0 ? [] : free.filter((i) => max[i]! !== Infinity && quotaVs(i, max[i]!) > 0);
    const outside = low.length > 0 ? low : high;
    if (outside.length === 0) {
      if (A.compare(total, A.of(0)) === 0) {
        if (A.toNumber(seatsLeft) > 0) throw new RangeError(`${A.toNumber(seatsLeft)} seat(s) are left for keys of weight 0 only`);
        return counts;
      }
      const product = free.map((i) => A.mul(seatsLeft, weights[i]!));
      free.forEach((i, k) => (counts[i] = A.toNumber(A.quotient(product[k]!, total))));
      const rest = A.toNumber(seatsLeft) - free.reduce((sum, i) => sum + counts[i]!, 0);
      const byRemainder = free
        .map((i, k) => ({ i, remainder: A.remainder(product[k]!, total) }))
        .sort((a, b) => A.compare(b.remainder, a.remainder) || a.i - b.i);
      for (const { i } of byRemainder.slice(0, rest)) counts[i]!++;
      return counts;
    }
    for (const i of outside) {
      counts[i] = low.length > 0 ? min[i]! : max[i]!;
      fixed[i] = true;
    }
    free = free.filter((i) => !fixed[i]);
  }
}
