/**
 * Which office of a model an export's office string means: the office map's entry, else the office
 * whose id, else whose name, is the same string once both are compared as `officeKey` makes them.
 */
import type { Issue } from './ModelError.js';
import { KeyIndex, matchKey } from './matchKey.js';
import type { Office } from './types.js';
import { describeValue } from '../internal/describeValue.js';
import { quotedList } from '../internal/quotedList.js';
import { suggestions } from './nearest.js';

/**
 * An office string as it is compared: `matchKey` (spaces around it trimmed, each run of white space
 * inside it one space, Unicode NFC, case folded), the one rule for offices and case types alike.
 * `Montréal` typed with a combining accent is `Montréal`; `Montrèal` stays apart.
 *
 * @throws {TypeError} `officeKey: text must be a string, got the number 3`
 * @example
 * officeKey(' Washington-DC ') // => 'washington-dc'
 * officeKey('Straße') // => 'strasse'
 * officeKey('Montre\u0301al') === officeKey('Montréal') // => true
 */
export function officeKey(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`officeKey: text must be a string, got ${describeValue(text)}`);
  return matchKey(text);
}

/** How an office string was matched to an office: by `officeMap`, by the office's id, or by its name. */
export type MatchedBy = 'officeMap' | 'id' | 'name';

export interface OfficeMatcher {
  /** The office a string means and how it was found, an issue when it is ambiguous, or undefined. */
  match(text: string): { officeId: string; by: MatchedBy } | { ambiguous: string; by: MatchedBy; officeIds: string[] } | undefined;
}

/** Builds the matcher; a bad office map is reported as issues at `officeMap[...]`. */
export function officeMatcher(offices: readonly Office[], officeMap: Readonly<Record<string, string>> | undefined, issues: Issue[]): OfficeMatcher {
  const ids = new Set(offices.map((office) => office.id));
  const byId = new KeyIndex(offices, (office) => office.id);
  const byName = new KeyIndex(offices, (office) => office.name);
  const mapped = new Map<string, { officeId: string; key: string }>();
  for (const key of Object.keys(officeMap ?? {})) {
    const officeId: unknown = officeMap![key];
    if (typeof officeId !== 'string' || !ids.has(officeId)) {
      issues.push({ path: ['officeMap', key], message: `unknown office ${JSON.stringify(officeId)}${typeof officeId === 'string' ? suggestions(officeId, [...ids], 'offices') : ` (offices: ${quotedList(ids)})`}` });
      continue;
    }
    const earlier = mapped.get(matchKey(key));
    if (earlier && earlier.officeId !== officeId) {
      issues.push({ path: ['officeMap', key], message: `maps to "${officeId}", but "${earlier.key}", the same office string, maps to "${earlier.officeId}"` });
    }
    mapped.set(matchKey(key), { officeId, key });
  }
  return {
    match(text) {
      const fromMap = mapped.get(matchKey(text));
      if (fromMap) return { officeId: fromMap.officeId, by: 'officeMap' };
      for (const [by, index] of [['id', byId], ['name', byName]] as const) {
        const found = index.find(text);
        if (found.length === 0) continue;
        if (found.length > 1) {
          const officeIds = found.map((office) => office.id);
          return { ambiguous: `matches the ${by}s of offices ${quotedList(officeIds)}; say which with officeMap`, by, officeIds };
        }
        return { officeId: found[0]!.id, by };
      }
      return undefined;
    },
  };
}
