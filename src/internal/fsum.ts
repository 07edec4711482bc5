/**
 * Correctly rounded sums: the result is the exact sum of the inputs rounded once to the nearest double
 * (ties to even), so it does not depend on the order of the inputs, to the last bit.
 *
 * The algorithm is Shewchuk's (J. R. Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast
 * Robust Geometric Predicates", Discrete & Computational Geometry 18, 1997): the running sum is kept
 * exactly as a list of non-overlapping partials, each step an error-free two-sum; the final rounding
 * is Python's `math.fsum` (R. Hettinger's msum recipe, with the half-way correction of CPython's
 * mathmodule.c). No npm package offers a correctly rounded sum of many numbers (the compensated sums
 * of simple-statistics and @stdlib are not correctly rounded, and two-sum / robust-sum are only the
 * building blocks), so it is written here; test/internal/fsum.test.ts checks it against an exact BigInt sum.
 */
export class ExactSum {
  /** Non-overlapping partials, smallest magnitude first; the exact sum of the first `count` is the sum so far. */
  private readonly partials: number[] = [];
  private count = 0;
  /** The plain sum, kept for inputs that are not finite (then the exact sum has no meaning). */
  private special = 0;

  add(value: number): this {
    if (!Number.isFinite(value)) {
      this.special += value;
      return this;
    }
    const partials = this.partials;
    let x = value;
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      let y = partials[i]!;
      if (Math.abs(x) < Math.abs(y)) {
        const larger = y;
        y = x;
        x = larger;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) {
      // The sum so far is beyond the largest double: it is reported as Infinity, as a plain sum would.
      // The partials were overwritten on the way (with infinite or NaN errors): they are dropped, so
      // that a later finite term leaves the sum at Infinity instead of making it NaN.
      this.special += x;
      this.count = 0;
      return this;
    }
    // The storage only grows (setting an array's length would free and reallocate it).
    partials[kept] = x;
    this.count = kept + 1;
    return this;
  }

  /** Starts again from 0 (keeps the partials' storage). */
  reset(): this {
    this.count = 0;
    this.special = 0;
    return this;
  }

  /** The exact sum so far, correctly rounded. Infinity or NaN where an input was, or where the sum overflows. */
  value(): number {
    if (this.special !== 0 || Number.isNaN(this.special)) return this.special;
    const partials = this.partials;
    let n = this.count;
    if (n === 0) return 0;
    let hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // hi + lo is the sum of the top partials, exactly; if lo is exactly half an ulp of hi and the
    // partials below push the same way, round away from hi (the half-way case of round-to-nearest).
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/**
 * The correctly rounded sum of `values`.
 *
 * @example
 * fsum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]) // => 1 (a plain loop gives 0.9999999999999999)
 * fsum([1e100, 1, -1e100]) // => 1 (a plain loop gives 0)
 */
export function fsum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const value of values) sum.add(value);
  return sum.value();
}

/** Where `roundingRadius` reads and writes a double's bits (big-endian, as DataView writes it by default). */
const bits = /* @__PURE__ */ new DataView(new ArrayBuffer(8));

/**
 * How far from `x` (a normal double of magnitude at least 2^-969) the reals lie that round to it:
 * half the gap to its nearer neighbour. That is half an ulp, 2^(e - 53) for |x| in [2^e, 2^(e+1)),
 * but a quarter of one at a power of two, whose neighbour towards zero is half as far.
 */
function roundingRadius(x: number): number {
  bits.setFloat64(0, x);
  const high = bits.getUint32(0);
  const exponent = (high >>> 20) & 0x7ff; // biased: e + 1023
  const powerOfTwo = (high & 0xfffff) === 0 && bits.getUint32(4) === 0;
  // The double 2^(e - 53) (or 2^(e - 54)): that biased exponent, sign and mantissa 0.
  bits.setUint32(0, (exponent - (powerOfTwo ? 54 : 53)) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/**
 * The correctly rounded sum of `count` terms added as a compensated sum (Ogita, Rump and Oishi,
 * "Accurate Sum and Dot Product", SIAM J. Sci. Comput. 26, 2005, Algorithm 4.4 Sum2: each step an
 * error-free two-sum; `hi` the plain sum, `lo` the plain sum of the errors, `errors` the plain sum of
 * their magnitudes), or undefined where Sum2 cannot tell it: then add the terms exactly. lo is off the
 * exact sum of the errors by at most gamma(n-1) x (sum of their magnitudes) (Higham, Accuracy and
 * Stability of Numerical Algorithms, 2002, eq. 4.4), and round(hi + lo) is the correctly rounded sum
 * when its rounding error plus that bound is below half the gap to its nearer neighbour (not so in
 * half-way cases, or for tiny or non-finite sums: rare).
 */
function certifiedSum2(hi: number, lo: number, errors: number, count: number): number | undefined {
  const rounded = hi + lo;
  // Below 2^-900 or past the largest double, roundingRadius and the bound below could lose bits: add exactly.
  if (!(Number.isFinite(rounded) && Math.abs(rounded) >= 2 ** -900 && (errors === 0 || (errors >= 2 ** -900 && errors < 2 ** 900)))) {
    return undefined;
  }
  const part = rounded - hi;
  const residual = hi - (rounded - part) + (lo - part); // hi + lo = rounded + residual, exactly
  // At least twice gamma(count - 1) x the exact sum of |errors| (errors is off it by a factor >= 1/2).
  const bound = errors * count * 2 ** -50;
  // The exact sum is rounded + residual + (at most bound): it rounds to `rounded` when that is
  // within the rounding radius (a power of two: rounding the left side cannot carry it below).
  return Math.abs(residual) + bound < roundingRadius(rounded) ? rounded : undefined;
}

/**
 * The correctly rounded sum of the products `values[offset + i] * factors[i]` for each i in `at`
 * (each product rounded once, as JavaScript multiplies; the products then summed exactly): what
 * `ExactSum` gives for them, to the bit. Sum2 in local variables (see certifiedSum2), with
 * ExactSum only where Sum2 cannot tell. `assess` sums an office's count x weight over a docket's
 * case types this way, reading the counts where they lie in the count matrix.
 */
export function sumOfProducts(values: Float64Array, offset: number, at: Int32Array, factors: Float64Array): number {
  let hi = 0;
  let lo = 0;
  let errors = 0;
  for (let k = 0; k < at.length; k++) {
    const i = at[k]!;
    const value = values[offset + i]! * factors[i]!;
    const sum = hi + value;
    const part = sum - hi;
    const error = hi - (sum - part) + (value - part); // Knuth's two-sum: hi + value = sum + error, exactly
    hi = sum;
    lo += error;
    errors += Math.abs(error);
  }
  const certified = certifiedSum2(hi, lo, errors, at.length);
  if (certified !== undefined) return certified;
  const exact = new ExactSum();
  for (let k = 0; k < at.length; k++) exact.add(values[offset + at[k]!]! * factors[at[k]!]!);
  return exact.value();
}
