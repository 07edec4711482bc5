import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum, fsum, sumOfProducts } from '../../src/internal/fsum.js';
import { isCorrectlyRounded } from '../exact.js';

describe('fsum', () => {
  it('gives the results published for math.fsum', () => {
    // Python documentation, math.fsum: sum([.1] * 10) is 0.9999999999999999, fsum gives 1.0.
    expect(fsum(Array(10).fill(0.1))).toBe(1);
    // CPython's test_math (testFsum): these cancel to 1e-100, 2^-1074 and 2^53 + 2.
    expect(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])).toBe(1e-100);
    expect(fsum([2.0 ** 53, -0.5, -(2.0 ** -54)])).toBe(2.0 ** 53 - 1.0);
    expect(fsum([2.0 ** 53, 1.0, 2.0 ** -100])).toBe(2.0 ** 53 + 2.0);
    expect(fsum([2.0 ** 53 + 10.0, 1.0, 2.0 ** -100])).toBe(2.0 ** 53 + 12.0);
    expect(fsum([2.0 ** 53 - 4.0, 0.5, 2.0 ** -54])).toBe(2.0 ** 53 - 3.0);
    expect(fsum([])).toBe(0);
  });

  it('is the exact sum correctly rounded, whatever the order (checked in BigInt)', () => {
    const double = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
      fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10),
      fc.double({ noNaN: true, min: -1e-300, max: 1e-300 }),
    );
    fc.assert(
      fc.property(fc.array(double, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (values, seeds) => {
        const result = fsum(values);
        expect(isCorrectlyRounded(values, result)).toBe(true);
        // Another order gives the same bits.
        const shuffled = values.map((v) => [seeds.next().value, v] as const).sort((a, b) => a[0] - b[0]).map(([, v]) => v);
        expect(Object.is(fsum(shuffled), result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds half-way to even, and just above half-way up, where a plain sum drops the tail', () => {
    // 1 + 2^-53 is half-way between 1 (even) and 1 + 2^-52: it rounds to 1. With a further 2^-80 it is
    // above half-way and rounds up, where a plain left-to-right sum gives 1.
    expect(fsum([1, 2 ** -53])).toBe(1);
    expect(fsum([1 + 2 ** -52, 2 ** -53])).toBe(1 + 2 ** -51); // half-way from an odd mantissa: up to even
    const values = [1, 2 ** -53, 2 ** -80];
    expect(fsum(values)).toBe(1 + 2 ** -52);
    expect(values.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('gives Infinity or NaN where an input is not finite, or the sum overflows', () => {
    expect(fsum([1, Infinity])).toBe(Infinity);
    expect(fsum([Infinity, -Infinity])).toBeNaN();
    expect(fsum([1e308, 1e308])).toBe(Infinity);
    // Terms after the overflow leave it at Infinity (they once made it NaN), as a plain sum does.
    expect(fsum([1e308, 1e308, 0])).toBe(Infinity);
    expect(fsum([1e308, 1e308, 1, -5])).toBe(Infinity);
    expect(fsum([-1e308, -1e308, 2])).toBe(-Infinity);
    expect(fsum([1e308, 1e308, -Infinity])).toBeNaN();
    expect(new ExactSum().add(2).add(NaN).value()).toBeNaN();
  });
});

describe('sumOfProducts of factors 1: sums as ExactSum does', () => {
  const checked = (values: readonly number[]) =>
    sumOfProducts(Float64Array.from(values), 0, Int32Array.from(values.keys()), new Float64Array(values.length).fill(1));

  it('gives ExactSum\'s result to the bit, the exact sum correctly rounded (checked in BigInt)', () => {
    const double = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
      fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10),
      fc.double({ noNaN: true, min: -1e-300, max: 1e-300 }),
      // Next to powers of two, where the gap to the next double below is half the gap above.
      fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -4, max: 4 }), fc.boolean()).map(([e, k, negative]) => (negative ? -1 : 1) * (2 ** e + k * 2 ** (e - 55))),
      // What assess adds: a count times a case weight.
      fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0.01, max: 500, noNaN: true })).map(([count, weight]) => count * weight),
    );
    fc.assert(
      fc.property(fc.array(double, { maxLength: 60 }), (values) => {
        const result = checked(values);
        expect(isCorrectlyRounded(values, result)).toBe(true);
        expect(Object.is(result, fsum(values))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rounds half-way to even, just above half-way up, and below a power of two to the nearer double', () => {
    expect(checked([1, 2 ** -53])).toBe(1);
    expect(checked([1 + 2 ** -52, 2 ** -53])).toBe(1 + 2 ** -51);
    expect(checked([1, 2 ** -53, 2 ** -80])).toBe(1 + 2 ** -52);
    // 1 - 3 x 2^-55 is 2^-55 from 1 - 2^-53 (the double below 1) and 3 x 2^-55 from 1.
    expect(checked([1, -(2 ** -54), -(2 ** -55)])).toBe(1 - 2 ** -53);
    // 1 - 2^-54 is half-way between 1 - 2^-53 and 1: to even, 1.
    expect(checked([1, -(2 ** -55), -(2 ** -55)])).toBe(1);
    expect(checked([])).toBe(0);
  });

  it('gives Infinity or NaN where an input is not finite, or the sum overflows, as ExactSum does', () => {
    expect(checked([1, Infinity])).toBe(Infinity);
    expect(checked([Infinity, -Infinity])).toBeNaN();
    expect(checked([1e308, 1e308])).toBe(Infinity);
    expect(checked([1e308, 1e308, 0])).toBe(Infinity);
    expect(checked([2, NaN])).toBeNaN();
  });
});

describe('sumOfProducts', () => {
  /** The products values[offset + i] * factors[i] for i in `at`, as `sumOfProducts` forms them. */
  const products = (values: Float64Array, offset: number, at: Int32Array, factors: Float64Array) =>
    [...at].map((i) => values[offset + i]! * factors[i]!);

  it("gives ExactSum's result of the rounded products to the bit (checked in BigInt)", () => {
    const factor = fc.oneof(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e150, max: 1e150 }));
    const count = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e150, max: 1e150 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(count, factor), { maxLength: 60 }), fc.nat({ max: 3 }), (pairs, offset) => {
        // Counts after `offset` padding; `at` takes every other position, backwards (any order, any subset).
        const values = Float64Array.from([...Array<number>(offset).fill(7), ...pairs.map(([c]) => c)]);
        const factors = Float64Array.from(pairs, ([, f]) => f);
        const at = Int32Array.from(pairs.map((_, i) => i).filter((i) => i % 2 === 0).reverse());
        const terms = products(values, offset, at, factors);
        const result = sumOfProducts(values, offset, at, factors);
        expect(Object.is(result, fsum(terms))).toBe(true);
        expect(isCorrectlyRounded(terms, result)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('adds exactly where Sum2 cannot tell: half-way cases, cancellation, overflow', () => {
    const one = Int32Array.from([0, 1, 2]);
    // 1 x 1 + 2^-53 x 1 (half-way: to even, 1) + 2^-80 x 1 (just above: up)
    expect(sumOfProducts(Float64Array.from([1, 2 ** -53, 2 ** -80]), 0, one, Float64Array.from([1, 1, 1]))).toBe(1 + 2 ** -52);
    expect(sumOfProducts(Float64Array.from([1e100, 1, -1e100]), 0, one, Float64Array.from([1, 1, 1]))).toBe(1);
    expect(sumOfProducts(Float64Array.from([1e308, 1e308, 0]), 0, one, Float64Array.from([1, 1, 1]))).toBe(Infinity);
    expect(sumOfProducts(new Float64Array(0), 0, new Int32Array(0), new Float64Array(0))).toBe(0);
  });
});
