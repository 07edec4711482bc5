import { numberFormat } from '../internal/numberFormat.js';

const whole = /* @__PURE__ */ numberFormat({ maximumFractionDigits: 0 });
const twoDecimals = /* @__PURE__ */ numberFormat({ maximumFractionDigits: 2 });
const small = /* @__PURE__ */ numberFormat({ maximumSignificantDigits: 3 });

/**
 * A result's value as a table cell for people: whole numbers with thousands separators, fractions to
 * two decimals (three significant digits below 1), null as `-`, a pair such as a confidence interval
 * as `low to high`, an empty list as `none`. The result itself keeps full precision.
 *
 * @example
 * [formatValue(10156), formatValue(24.9497), formatValue(0.001234), formatValue(null), formatValue([1.5, 2.25])]
 * // => ['10,156', '24.95', '0.00123', '-', '1.5 to 2.25']
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return whole(value);
    return Math.abs(value) < 1 ? small(value) : twoDecimals(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.length === 0) return 'none';
  if (Array.isArray(value)) return value.length === 2 && value.every((each) => typeof each === 'number') ? `${formatValue(value[0])} to ${formatValue(value[1])}` : value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
