import { ModelError } from '../model/ModelError.js';
import type { StudyCaseloads } from './types.js';
import type { StudyEntry } from './validateEntries.js';

function count(value: unknown, path: (string | number)[]): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const got = typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value);
  throw new ModelError([{ path, message: `expected a caseload >= 0, got ${got}` }]);
}

/**
 * The caseload per case type that the study's officers carried: the `caseloads` option as given per
 * case type, or summed over the offices the log names where it is given per office.
 *
 * @returns the caseload per case type, and the offices the log names that `caseloads` lacks
 * @throws {ModelError} `caseloads.nd: expected a caseload >= 0, got the string "12"`;
 *   `caseloads: per-office caseloads need an office on every entry (entries[4] has none)`
 */
export function caseloadsOf(caseloads: StudyCaseloads, entries: readonly StudyEntry[]): { byType: Map<string, number>; missingOffices: string[] } {
  if (caseloads === null || typeof caseloads !== 'object') {
    throw new TypeError('summarizeTimeStudy: options.caseloads must be an object of cases per case type, or per office and case type');
  }
  const byType = new Map<string, number>();
  const keys = Object.keys(caseloads);
  const nested = keys.filter((key) => typeof (caseloads as Record<string, unknown>)[key] === 'object');
  if (nested.length === 0) {
    for (const key of keys) byType.set(key, count((caseloads as Record<string, unknown>)[key], ['caseloads', key]));
    return { byType, missingOffices: [] };
  }
  if (nested.length !== keys.length) {
    throw new ModelError([{ path: ['caseloads'], message: 'give caseloads per case type ({ nd: 1200 }) or per office ({ dc: { nd: 700 } }), not both' }]);
  }
  const unplaced = entries.findIndex((entry) => entry.office === undefined);
  if (unplaced >= 0) {
    throw new ModelError([{ path: ['caseloads'], message: `per-office caseloads need an office on every entry (entries[${unplaced}] has none)` }]);
  }
  const offices = [...new Set(entries.map((entry) => entry.office!))];
  const missingOffices = offices.filter((office) => !Object.hasOwn(caseloads, office));
  for (const office of offices.filter((o) => Object.hasOwn(caseloads, o))) {
    const perType = (caseloads as Record<string, Record<string, unknown>>)[office]!;
    for (const key of Object.keys(perType)) {
      byType.set(key, (byType.get(key) ?? 0) + count(perType[key], ['caseloads', office, key]));
    }
  }
  return { byType, missingOffices };
}
