/**
 * Which office of a model an export's office string means: the office map's entry, else the office
 * whose id, else whose name, is the same string once both are compared as `officeKey` makes them.
 */
import type { Issue } from './ModelError.js';
import type { Office } from './types.js';
import { describeValue } from '../internal/describeValue.js';
import { quotedList } from '../internal/quotedList.js';

/**
 * An office string as it is compared: spaces around it trimmed, each run of white space inside it one
 * space (`"Wash  DC"`, a non-breaking space), Unicode NFC, and case folded (upper
 * then lower case, which folds as Unicode's full case folding does for all but a few letters:
 * `ß`, `SS` and `ss` are one). `Montréal` typed with a combining accent is `Montréal`; `Montrèal` stays apart.
 *
 * @throws {TypeError} `officeKey: text must be a string, got the number 3`
 * @example
 * officeKey(' Washington-DC ') // => 'washington-dc'
 * officeKey('Straße') // => 'strasse'
 * officeKey('Montre\u0301al') === officeKey('Montréal') // => true
 */
export function officeKey(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`officeKey: text must be a string, got ${describeValue(text)}`);
  return text.trim().replace(/\s+/gu, ' ').normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
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
  const byId = groupBy(offices, (office) => officeKey(office.id));
  const byName = groupBy(
    offices.filter((office) => office.name !== undefined),
    (office) => officeKey(office.name!),
  );
  const mapped = new Map<string, { officeId: string; key: string }>();
  for (const key of Object.keys(officeMap ?? {})) {
    const officeId: unknown = officeMap![key];
    if (typeof officeId !== 'string' || !ids.has(officeId)) {
      issues.push({ path: ['officeMap', key], message: `unknown office ${JSON.stringify(officeId)} (offices: ${quotedList(ids)})` });
      continue;
    }
    const earlier = mapped.get(officeKey(key));
    if (earlier && earlier.officeId !== officeId) {
      issues.push({ path: ['officeMap', key], message: `maps to "${officeId}", but "${earlier.key}", the same office string, maps to "${earlier.officeId}"` });
    }
    mapped.set(officeKey(key), { officeId, key });
  }
  return {
    match(text) {
      const key = officeKey(text);
      const fromMap = mapped.get(key);
      if (fromMap) return { officeId: fromMap.officeId, by: 'officeMap' };
      for (const [by, index] of [['id', byId], ['name', byName]] as const) {
        const found = index.get(key);
        if (found === undefined) continue;
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

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
