/**
 * Exact sums for tests, independent of src/: BigInt arithmetic on the doubles' exact values.
 */
// An independent exact sum: every finite double is m x 2^e with e >= -1074, so 2^1074 x the sum is an
// integer, added exactly in BigInt. A double r is the correctly rounded sum when no neighbouring double
// is nearer to the exact sum, and on a tie r's last mantissa bit is 0 (round half to even).

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
export function scaled(x: number): bigint {
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

/** True when `result` is the exact sum of `values` rounded to the nearest double, ties to even. */
export function isCorrectlyRounded(values: number[], result: number): boolean {
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
