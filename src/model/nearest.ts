import { editDistance } from './schemaIssues.js';
import { quotedList } from '../internal/quotedList.js';

/** At most this many known values are listed in a message; the rest are counted. */
const LISTED = 12;

/**
 * The known value nearest to `value` (never `value` itself), compared ignoring case, when it is at most
 * 2 edits away (and not every character changed): the likely meaning of a typo (`Washington-DC` for
 * `washington-dc`, `oficers` for `officers`).
 *
 * @example
 * nearest('Washington-DC', ['seattle-wa', 'washington-dc']) // => 'washington-dc'
 */
export function nearest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    // Not the value itself, and not a word rewritten whole: "xx" is not a typo of "nd".
    if (candidate !== value && distance < bestDistance && distance < Math.max(value.length, candidate.length)) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * The end of an "unknown value" message: a did-you-mean when one is near, then the known values
 * (the first 12, and how many more).
 *
 * @example
 * suggestions('Washington-DC', ['seattle-wa', 'washington-dc'], 'offices')
 * // => '; did you mean "washington-dc"? (offices: "seattle-wa", "washington-dc")'
 */
export function suggestions(value: string, known: readonly string[], noun: string): string {
  const near = nearest(value, known);
  const more = known.length > LISTED ? ` and ${known.length - LISTED} more` : '';
  return `${near === undefined ? '' : `; did you mean "${near}"?`} (${noun}: ${quotedList(known.slice(0, LISTED))}${more})`;
}
