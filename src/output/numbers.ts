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
const levelDigits = /* @__PURE__ */ numberFormat({ maximumFractionDigits: 10 });
/**
 * A confidence level as a percent with every digit it was given (`0.9` -> `90%`, `0.955` -> `95.5%`,
 * `0.0001` -> `0.01%`), so a level never shows as 0% or 100% when it is not, and two levels never
 * show alike. 12 significant digits drop the float noise of `value * 100` (`0.07 * 100`).
 */
export const formatLevel = (value: number): string => `${levelDigits(Number((value * 100).toPrecision(12)))}%`;

/** A nullable figure, `-` for null. */
export function formatMaybe(value: number | null, format: (value: number) => string): string {
  return value === null ? NONE : format(value);
}
