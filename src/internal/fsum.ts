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
      this.special += x;
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
