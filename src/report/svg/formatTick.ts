const tick = /* @__PURE__ */ new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * An axis value as people read it: thousands separated, at most two decimals.
 *
 * @example
 * formatTick(10000) // => '10,000'
 */
export function formatTick(value: number): string {
  return tick.format(value);
}
