/**
 * The one rule by which a string from outside (an export's office or case type, a map's key) matches
 * a model's id or name: both are compared as `matchKey` makes them. withCaseCounts (offices and case
 * types) and readCaseCounts (case types) use it, and nothing else decides a match.
 */
import { describeValue } from '../internal/describeValue.js';

/**
 * A string as it is compared: spaces around it trimmed, each run of white space inside it one space
 * (`"New  York"`, a non-breaking space), Unicode NFC, and case folded (upper then lower case, which
 * folds as Unicode's full case folding does for all but a few letters: `ß`, `SS` and `ss` are one).
 * `Montréal` typed with a combining accent is `Montréal`; `Montrèal` stays apart.
 *
 * @throws {TypeError} `matchKey: text must be a string, got the number 3`
 * @example
 * matchKey(' New\u00a0 YORK ') // => 'new york'
 * matchKey('Non-Detained') === matchKey('non-detained') // => true
 */
export function matchKey(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`matchKey: text must be a string, got ${describeValue(text)}`);
  return text.trim().replace(/\s+/gu, ' ').normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

/** Items by the `matchKey` of one of their strings: what a string matches (none, one, or several). */
export class KeyIndex<T> {
  private readonly groups = new Map<string, T[]>();

  constructor(items: Iterable<T>, keyOf: (item: T) => string | undefined) {
    for (const item of items) {
      const text = keyOf(item);
      if (text === undefined) continue;
      const key = matchKey(text);
      const group = this.groups.get(key);
      if (group) group.push(item);
      else this.groups.set(key, [item]);
    }
  }

  /** The items whose string matches `text`: empty when none does. */
  find(text: string): readonly T[] {
    return this.groups.get(matchKey(text)) ?? [];
  }
}
