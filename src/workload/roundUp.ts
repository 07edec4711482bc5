/** Relative tolerance for float noise: sums of products of decimal inputs land a few ulps off. */
const NOISE = 1e-9;

/**
 * Rounds up to a whole number after removing float noise, so that 3.0000000000000004 officers
 * (13 / (13 / 19) computed in floating point, say) is 3 and not 4.
 *
 * @example
 * roundUp(3.0000000000000004) // => 3
 * roundUp(3.01) // => 4
 */
export function roundUp(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= NOISE * Math.max(1, Math.abs(value)) ? nearest : Math.ceil(value);
}
