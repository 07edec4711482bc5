/**
 * An `en-US` number format made on its first call, not when its module loads: the first
 * `Intl.NumberFormat` of a process loads ICU's number data, about a quarter of what importing the
 * package cost (measured with `node --cpu-prof`; docs/benchmarks.md), which a program that formats
 * nothing should not pay.
 *
 * @example
 * const whole = numberFormat({ maximumFractionDigits: 0 });
 * whole(10156.4) // => '10,156'
 */
export function numberFormat(options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat('en-US', options)).format(value);
}
