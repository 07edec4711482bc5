import { formatWhole } from '../../output/numbers.js';

/**
 * The smallest and largest of labelled values in words, for a chart's text alternative; nulls are
 * left out.
 *
 * @example
 * rangeText([['Atlanta', 5337], ['Seattle', 1872], ['St. Paul', null]]) // => 'from 1,872 (Seattle) to 5,337 (Atlanta)'
 * rangeText([['Atlanta', 407.06], ['Seattle', 407.1]]) // => '407 in every office'
 */
export function rangeText(values: readonly (readonly [string, number | null])[], format = formatWhole): string {
  const known = values.filter((entry): entry is readonly [string, number] => entry[1] !== null);
  if (known.length === 0) return 'none';
  const sorted = [...known].sort((a, b) => a[1] - b[1]);
  const [low, high] = [sorted[0]!, sorted[sorted.length - 1]!];
  if (known.length === 1) return `${format(low[1])} (${low[0]})`;
  if (format(low[1]) === format(high[1])) return `${format(low[1])} in every office`;
  return `from ${format(low[1])} (${low[0]}) to ${format(high[1])} (${high[0]})`;
}
