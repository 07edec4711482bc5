import { editDistance } from './schemaIssues.js';
import { quotedList } from '../internal/quotedList.js';

/**
 * The known value nearest to `value`, compared ignoring case, when it is at most 2 edits away:
 * the likely meaning of a typo (`Washington-DC` for `washington-dc`, `oficers` for `officers`).
 *
 * @example
 * nearest('Washington-DC', ['seattle-wa', 'washington-dc']) // => 'washington-dc'
 */
export function nearest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** At most this many known values are listed in a message; the rest are counted. */
const LISTED = 12;

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
