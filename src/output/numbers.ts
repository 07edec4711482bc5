/** Number formats for tables people read; JSON and CSV keep full precision. */
import { numberFormat } from '../internal/numberFormat.js';

const whole = /* @__PURE__ */ numberFormat({ maximumFractionDigits: 0 });
const oneDecimal = /* @__PURE__ */ numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = /* @__PURE__ */ numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** How a missing ratio (its denominator is 0) is shown. */
export const NONE = '-';

export const formatWhole = (value: number): string => whole(value);
export const formatOneDecimal = (value: number): string => oneDecimal(value);
export const formatTwoDecimals = (value: number): string => twoDecimals(value);
/** Whole numbers as such, fractions (FTE) with two decimals. */
export const formatCount = (value: number): string => (Number.isInteger(value) ? whole(value) : twoDecimals(value));
export const formatSigned = (value: number): string => (value > 0 ? `+${formatCount(value)}` : formatCount(value));
export const formatPercent = (value: number): string => `${whole(value * 100)}%`;

/** A nullable figure, `-` for null. */
export function formatMaybe(value: number | null, format: (value: number) => string): string {
  return value === null ? NONE : format(value);
}
