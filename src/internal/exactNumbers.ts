/**
 * Doubles as exact integers. Every finite double is m x 2^e with whole m (|m| < 2^53) and
 * e >= -1074, so numbers of any size can be compared and divided exactly in BigInt once they share
 * a power of two.
 */

const view = new DataView(new ArrayBuffer(8));

/** x = mantissa x 2^exponent exactly (x finite). */
function parts(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, Math.abs(x));
  const high = view.getUint32(0);
  const biased = high >>> 20;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  let exponent = biased === 0 ? -1074 : biased - 1075;
  // Trailing zero bits moved into the exponent keep the integers small: 3 is 3 x 2^0, not 3 x 2^51 x 2^-51.
  while (mantissa !== 0n && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  return { mantissa: x < 0 ? -mantissa : mantissa, exponent };
}

/**
 * Finite doubles as integers over one power of two: values[i] = integers[i] x 2^exponent, exactly.
 *
 * @example
 * commonScale([0.5, 3]) // => { integers: [1n, 6n], exponent: -1 }
 */
export function commonScale(values: readonly number[]): { integers: bigint[]; exponent: number } {
  const all = values.map(parts);
  const exponent = all.reduce((low, p) => (p.mantissa === 0n ? low : Math.min(low, p.exponent)), Infinity);
  if (exponent === Infinity) return { integers: values.map(() => 0n), exponent: 0 };
  return { integers: all.map((p) => p.mantissa << BigInt(p.exponent - exponent)), exponent };
}
