import { quickselect } from '../internal/simpleStatistics.js';

/**
 * The k-th smallest of `values` for each rank k (1-based), by Floyd-Rivest selection (simple-statistics'
 * `quickselect`) on `values` itself, which it reorders. Ranks are selected middle first, each one
 * narrowing the part of the array the others are looked for in, so m ranks cost about n log m.
 *
 * @example
 * Object.fromEntries(orderStatistics(Float64Array.of(5, 1, 4, 2, 3), [1, 3, 5])) // => { 1: 1, 3: 3, 5: 5 }
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): Map<number, number> {
  const sorted = [...new Set(ranks)].sort((a, b) => a - b);
  const found = new Map<number, number>();
  const array = values as unknown as number[];
  const select = (from: number, to: number, left: number, right: number): void => {
    if (from > to) return;
    const middle = (from + to) >> 1;
    const index = sorted[middle]! - 1;
    if (right > left) quickselect(array, index, left, right);
    found.set(sorted[middle]!, values[index]!);
    select(from, middle - 1, left, index - 1);
    select(middle + 1, to, index + 1, right);
  };
  select(0, sorted.length - 1, 0, values.length - 1);
  return found;
}
