/**
 * Hamilton's method (largest remainders): each key gets the whole part of its quota
 * seats x weight / total, and the seats left go to the largest fractional parts. Floors and ceilings
 * fix a key whose quota falls outside them at the bound and share the rest among the others again.
 * Source: Balinski and Young, *Fair Representation* (2nd ed., 2001), ch. 5.
 *
 * Quotas are exact fractions of the weights as given (every double is an integer times a power of two,
 * so BigInt holds them exactly). Weights that are not all whole numbers are computed figures: there,
 * quotas and remainders within TIE_TOLERANCE of the quota are equal, so a quota a hair under a whole
 * number is that number and remainders that differ only by noise are a tie.
 */
import { commonScale } from '../internal/exactNumbers.js';
import { TIE_TOLERANCE } from './ties.js';
import { plural } from '../internal/plural.js';

/** 1 / TIE_TOLERANCE, to compare |a - b| <= TIE_TOLERANCE x scale as |a - b| x 2^47 <= scale in integers. */
const INVERSE_TOLERANCE = BigInt(1 / TIE_TOLERANCE);

const sign = (a: bigint, b: bigint) => (a > b ? 1 : a < b ? -1 : 0);
const abs = (a: bigint) => (a < 0n ? -a : a);
const larger = (a: bigint, b: bigint) => (a > b ? a : b);

/** Remainders whose float estimates differ by more than this (plus the tie window) are ordered by floats. */
const FLOAT_DECIDES = 2 ** -40;

/**
 * The quotas seatsLeft x w_i / total of the keys still free, each as P_i / total with
 * P_i = seatsLeft x w_i, its whole part and its remainder (numerator over total).
 */
function quotas(weights: readonly bigint[], free: readonly number[], seatsLeft: number, tolerant: boolean) {
  const total = free.reduce((sum, i) => sum + weights[i]!, 0n);
  // a and b (numerators over total) are the same figure when within the tolerance of the quota (at least 1).
  const compare = (a: bigint, b: bigint, scale: bigint) =>
    tolerant && abs(a - b) * INVERSE_TOLERANCE <= larger(scale, total) ? 0 : sign(a, b);
  const n = weights.length;
  const product: bigint[] = new Array(n);
  const whole: bigint[] = new Array(n);
  const remainder: bigint[] = new Array(n);
  const quotaEstimate = new Float64Array(n);
  const remainderEstimate = new Float64Array(n);
  if (total > 0n) {
    const seatsLeftBig = BigInt(seatsLeft);
    const totalEstimate = Number(total);
    for (const i of free) {
      const p = seatsLeftBig * weights[i]!;
      let w = p / total;
      if (compare(p, (w + 1n) * total, p) === 0) w++; // a hair under a whole number
      const r = p - w * total;
      product[i] = p;
      whole[i] = w;
      remainder[i] = compare(r, 0n, p) === 0 ? 0n : r;
      quotaEstimate[i] = Number(p) / totalEstimate;
      remainderEstimate[i] = Number(remainder[i]) / totalEstimate;
    }
  }
  return {
    total,
    /** Sign of quota_i - bound. */
    versus: (i: number, bound: number) => compare(product[i]!, BigInt(bound) * total, product[i]!),
    whole: (i: number) => Number(whole[i]!),
    /** > 0 when key i's remainder is the larger. */
    compareRemainders: (i: number, j: number) => {
      // Estimates of weights past the double range are NaN or 0: then no comparison below holds, and
      // the exact one decides.
      const difference = remainderEstimate[i]! - remainderEstimate[j]!;
      const window = tolerant ? TIE_TOLERANCE * Math.max(quotaEstimate[i]!, quotaEstimate[j]!, 1) : 0;
      if (Math.abs(difference) > window + FLOAT_DECIDES) return Math.sign(difference);
      return compare(remainder[i]!, remainder[j]!, larger(product[i]!, product[j]!));
    },
  };
}

export function hamiltonApportion(weights: readonly number[], min: readonly number[], max: readonly number[], seats: number): number[] {
  const tolerant = !weights.every(Number.isSafeInteger);
  const exact = tolerant ? commonScale(weights).integers : weights.map(BigInt);
  const counts = weights.map(() => 0);
  let free = weights.map((_, i) => i);
  let seatsLeft = seats;
  for (;;) {
    let q = quotas(exact, free, seatsLeft, tolerant);
    if (q.total === 0n) {
      if (seatsLeft > 0) throw new RangeError(`${plural(seatsLeft, 'seat is', 'seats are')} left for keys of weight 0 only`);
      return counts;
    }
    const low = free.filter((i) => q.versus(i, min[i]!) < 0);
    const outside = low.length > 0 ? low : free.filter((i) => max[i]! !== Infinity && q.versus(i, max[i]!) > 0);
    if (outside.length === 0) {
      // Whole parts taken up from a hair under can overshoot only past 2^47 seats; then they are exact floors.
      if (free.reduce((sum, i) => sum + q.whole(i), 0) > seatsLeft) q = quotas(exact, free, seatsLeft, false);
      for (const i of free) counts[i] = q.whole(i);
      const rest = seatsLeft - free.reduce((sum, i) => sum + counts[i]!, 0);
      const byRemainder = [...free].sort((i, j) => q.compareRemainders(j, i) || i - j);
      for (const i of byRemainder.slice(0, rest)) counts[i]!++;
      return counts;
    }
    const fixed = new Set(outside);
    for (const i of outside) {
      counts[i] = low.length > 0 ? min[i]! : max[i]!;
      seatsLeft -= counts[i]!;
    }
    free = free.filter((i) => !fixed.has(i));
  }
}
