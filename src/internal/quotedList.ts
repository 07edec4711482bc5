/**
 * Values for an error message, each in quotes: `"a", "b"`, or `none` when there are none.
 *
 * @example
 * quotedList(['nd', 'det']) // => '"nd", "det"'
 */
export function quotedList(values: Iterable<unknown>): string {
  const list = [...values].map((value) => `"${String(value)}"`);
  return list.length === 0 ? 'none' : list.join(', ');
}
