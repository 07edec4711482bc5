import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum, fsum } from '../../src/internal/fsum.js';

// An independent exact sum: every finite double is m x 2^e with e >= -1074, so 2^1074 x the sum is an
// integer, added exactly in BigInt. A double r is the correctly rounded sum when no neighbouring double
// is nearer to the exact sum, and on a tie r's last mantissa bit is 0 (round half to even).
const SCALE = 1074n;

function bits(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

/** x x 2^1074, exactly. */
function scaled(x: number): bigint {
  const b = bits(Math.abs(x));
  const exponent = Number(b >> 52n);
  const fraction = b & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const value = mantissa << BigInt(Math.max(exponent - 1, 0));
  return x < 0 ? -value : value;
}

/** The next double above x (x finite). */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  return x > 0 ? fromBits(bits(x) + 1n) : -fromBits(bits(-x) - 1n);
}

function isCorrectlyRounded(values: number[], result: number): boolean {
  const exact = values.reduce((sum, x) => sum + scaled(x), 0n);
  const distance = (r: number) => {
    const d = exact - scaled(r);
    return d < 0n ? -d : d;
  };
  const here = distance(result);
  for (const neighbour of [nextUp(result), -nextUp(-result)]) {
    if (!Number.isFinite(neighbour)) continue;
    const there = distance(neighbour);
    if (there < here) return false;
    if (there === here && (bits(Math.abs(result)) & 1n) === 1n) return false;
  }
  return true;
}

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
    expect(new ExactSum().add(2).add(NaN).value()).toBeNaN();
  });
});
