import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonScale } from '../../src/internal/exactNumbers.js';
import { scaled } from '../exact.js';

describe('commonScale', () => {
  it('writes doubles as integers over one power of two, by hand', () => {
    expect(commonScale([0.5, 3])).toEqual({ integers: [1n, 6n], exponent: -1 });
    // 0.1 is 3602879701896397 x 2^-55; 0.25 is 1 x 2^-2 = 2^53 x 2^-55.
    expect(commonScale([0.1, 0.25])).toEqual({ integers: [3602879701896397n, 2n ** 53n], exponent: -55 });
    expect(commonScale([5e-324, -2])).toEqual({ integers: [1n, -(2n ** 1075n)], exponent: -1074 });
    expect(commonScale([0, 0])).toEqual({ integers: [0n, 0n], exponent: 0 });
  });

  it('is exact: each integer times 2^exponent is the double again', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 }), (values) => {
        const { integers, exponent } = commonScale(values);
        // n x 2^exponent x 2^1074 against the double's own bits read independently (test/exact.ts).
        integers.forEach((n, i) => expect(n * 2n ** BigInt(exponent + 1074)).toBe(scaled(values[i]!)));
      }),
    );
  });
});
