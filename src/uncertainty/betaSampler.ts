/** ln 4, and 1 + ln 5: the constants of Cheng's algorithm BB. */
const LN4 = Math.log(4);
const ONE_PLUS_LN5 = 1 + Math.log(5);

/**
 * Draws from Beta(a, b) for a, b >= 1 (the shapes of a PERT range, whose a + b is 6), one number in
 * [0, 1] per call, from uniform numbers in [0, 1) of `source`.
 *
 * - a, b > 1: Cheng's algorithm BB (R. C. H. Cheng, "Generating beta variates with nonintegral shape
 *   parameters", Communications of the ACM 21(4), 1978, 317-322), as R's `rbeta` codes it (src/nmath/
 *   rbeta.c): with a <= b (the shapes swapped, and the draw turned around, when a > b),
 *   alpha = a + b, beta = sqrt((alpha - 2) / (2ab - alpha)), gamma = a + 1 / beta; draw u1, u2 and set
 *   v = beta ln(u1 / (1 - u1)), w = a e^v, z = u1^2 u2, r = gamma v - ln 4, s = a + r - w; accept
 *   when s + 1 + ln 5 >= 5z, else when s > ln z, else when r + alpha ln(alpha / (b + w)) >= ln z
 *   (otherwise draw again); the draw is w / (b + w). About 2.3 uniform numbers per draw for PERT shapes.
 * - a = 1 or b = 1: the inverse of the distribution function, exact: Beta(1, b) is 1 - (1 - u)^(1/b),
 *   Beta(a, 1) is u^(1/a).
 *
 * Written here rather than taken from a library because the Beta draws are most of `simulate`'s time
 * and no library's sampler was as fast (see docs/uncertainty.md, "Performance"): d3-random's
 * `randomBeta` (a ratio of two Marsaglia-Tsang Gamma draws, 4.6 uniform numbers a draw) took 1.4x
 * as long with the same source, `@stdlib/random-base-beta` longer still. test/uncertainty/
 * betaSampler.test.ts checks its draws against the Beta distribution function.
 *
 * @throws {RangeError} `Beta shapes must be numbers >= 1, got a = 0.5, b = 2`
 * @example
 * const draw = betaSampler(1.8, 4.2, seededSource(1));
 * // Numbers in [0, 1] with mean 1.8 / 6 = 0.3; the same ones for seed 1 on every platform:
 * draw() // => 0.4208614315633487
 */
export function betaSampler(a: number, b: number, source: () => number): () => number {
  if (!(a >= 1 && b >= 1 && Number.isFinite(a) && Number.isFinite(b))) throw new RangeError(`Beta shapes must be numbers >= 1, got a = ${a}, b = ${b}`);
  if (a === 1) return b === 1 ? source : () => 1 - Math.pow(1 - source(), 1 / b);
  if (b === 1) return () => Math.pow(source(), 1 / a);
  return chengBB(a, b, source);
}

/** Cheng's BB for a, b > 1 (see betaSampler). */
function chengBB(shapeA: number, shapeB: number, source: () => number): () => number {
  const swapped = shapeA > shapeB;
  const a = Math.min(shapeA, shapeB);
  const b = Math.max(shapeA, shapeB);
  const alpha = a + b;
  const beta = Math.sqrt((alpha - 2) / (2 * a * b - alpha));
  const gamma = a + 1 / beta;
  return () => {
    let w: number;
    for (;;) {
      const u1 = source();
      const u2 = source();
      const v = beta * Math.log(u1 / (1 - u1));
      // e^v overflows past v = 709.8 (not for PERT shapes, whose beta is at most 1): w is then the largest double, as in R.
      w = Math.min(a * Math.exp(v), Number.MAX_VALUE);
      const z = u1 * u1 * u2;
      const r = gamma * v - LN4;
      const s = a + r - w;
      if (s + ONE_PLUS_LN5 >= 5 * z) break;
      const t = Math.log(z);
      if (s > t) break;
      if (r + alpha * Math.log(alpha / (b + w)) >= t) break;
    }
    return swapped ? b / (b + w) : w / (b + w);
  };
}
