/** Number formats for tables people read; JSON and CSV keep full precision. */
const whole = /* @__PURE__ */ new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = /* @__PURE__ */ new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = /* @__PURE__ */ new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** How a missing ratio (its denominator is 0) is shown. */
export const NONE = '-';

export const formatWhole = (value: number): string => whole.format(value);
export const formatOneDecimal = (value: number): string => oneDecimal.format(value);
export const formatTwoDecimals = (value: number): string => twoDecimals.format(value);
/** Whole numbers as such, fractions (FTE) with two decimals. */
export const formatCount = (value: number): string => (Number.isInteger(value) ? whole.format(value) : twoDecimals.format(value));
export const formatSigned = (value: number): string => (value > 0 ? `+${formatCount(value)}` : formatCount(value));
export const formatPercent = (value: number): string => `${whole.format(value * 100)}%`;

/** A nullable figure, `-` for null. */
export function formatMaybe(value: number | null, format: (value: number) => string): string {
  return value === null ? NONE : format(value);
}
