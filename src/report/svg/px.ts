/**
 * A coordinate rounded to a tenth of a pixel, so the markup stays short and the same on every engine.
 *
 * @example
 * px(12.3456) // => 12.3
 */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
