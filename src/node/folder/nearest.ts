import { nearest } from '../../model/nearest.js';
import { quotedList } from '../../internal/quotedList.js';

export { nearest };

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
