import { numberFormat } from '../../internal/numberFormat.js';

const tick = /* @__PURE__ */ numberFormat({ maximumFractionDigits: 2 });
const small = /* @__PURE__ */ numberFormat({ maximumSignificantDigits: 2 });

/** `1e-5`, `2.5e+12` as people write it: `1e-5`, `2.5e12`. */
const exponent = (value: number) => value.toExponential().replace(/\.?0*e\+?/, 'e');

/**
 * An axis value as people read it: thousands separated, at most two decimals; a value below 0.01
 * with two significant digits (0.005 as `0.005`, never `0`), below 0.0001 or from 10^9 up as a
 * power of ten (`1e-5`, `1e12`) so that a log axis over many decades keeps short labels.
 *
 * @example
 * formatTick(10000) // => '10,000'
 * formatTick(0.00001) // => '1e-5'
 */
export function formatTick(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9 || (size > 0 && size < 1e-4)) return exponent(value);
  return size > 0 && size < 0.01 ? small(value) : tick(value);
}
