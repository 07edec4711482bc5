/**
 * When two computed figures are "the same". Weights reach the allocation functions through a chain of
 * floating-point steps (minutes to hours, 365.25 / 90 visits a year, x share, x cases, a correctly
 * rounded sum, / case hours), each rounding by at most 2^-53 of its value, so two workloads that are
 * equal on paper come out a few units apart in their last place: 200 cases x 18 min monthly is
 * 719.9999999999999 h and 300 x 12 min monthly 720.0000000000001 h. Figures closer than
 * TIE_TOLERANCE are therefore a tie, decided by input order, like exact ties.
 *
 * The tolerance is relative: 2^-47 (about 7.1e-15), 64 times the rounding unit 2^-53. A weight in this
 * library goes through at most about 15 roundings, two weights being compared at most about 30 (the
 * largest gap measured between equal workloads written in different units was 5.1 x 2^-53), so noise
 * stays below half the tolerance; genuinely different inputs differ far more (one case in ten million
 * is 1e-7). Being relative, it does not change when every weight is scaled by a constant, so neither
 * does any result; only figures that differ by almost exactly the tolerance itself, which real data
 * do not produce, could be read differently after such a scaling.
 */
export const TIE_TOLERANCE = 2 ** -47;

/**
 * Compares two figures, equal up to float noise counting as a tie (infinities compare as such).
 * @returns 1 when `a` is larger beyond noise, -1 when smaller, 0 when they are the same figure
 * @example
 * compareFigures(720.0000000000001, 719.9999999999999) // => 0
 * compareFigures(720.001, 720) // => 1
 */
export function compareFigures(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a > b ? 1 : -1;
  if (Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) return 0;
  return a > b ? 1 : -1;
}
