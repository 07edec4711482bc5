import { ModelError } from '../model/ModelError.js';
import { officeKey } from '../model/officeMatcher.js';
import { suggestions } from '../model/nearest.js';
import { plural } from '../internal/plural.js';
import type { StudyCaseloads, TimeStudyWarning } from './types.js';
import type { StudyEntry } from './validateEntries.js';

function count(value: unknown, path: (string | number)[]): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const got = typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value);
  throw new ModelError([{ path, message: `expected a caseload >= 0, got ${got}` }]);
}

/** What the caseloads say about the log: the caseload per case type, and which entries count in it. */
export interface StudyCaseloadIndex {
  /** The caseload of a case type (matched by `officeKey`), summed over the offices the log names; undefined for none. */
  caseloadOf(caseType: string): number | undefined;
  /** Whether an entry's cases count in its case type's frequency: its office (per-office caseloads) and case type have a caseload. */
  counts(entry: StudyEntry): boolean;
  /** Offices with entries but no caseloads, case types with entries but no caseload in their office, caseloads no entry matches. */
  warnings: TimeStudyWarning[];
  /** The case types the caseloads name, as spelled there (for did-you-mean). */
  caseTypes: string[];
}

type Loads = Map<string, { caseType: string; caseload: number }>;

/** A table of caseloads keyed by `officeKey`; two keys that match are an error (which one is meant?). */
function keyed<T>(record: Readonly<Record<string, T>>, path: string[], what: string, value: (v: T, key: string) => T): Map<string, { name: string; value: T }> {
  const out = new Map<string, { name: string; value: T }>();
  for (const name of Object.keys(record)) {
    const key = officeKey(name);
    const earlier = out.get(key);
    if (earlier) throw new ModelError([{ path: [...path, name], message: `the same ${what} as "${earlier.name}" (${what}s match trimmed, ignoring case and spacing); give it once` }]);
    out.set(key, { name, value: value(record[name]!, name) });
  }
  return out;
}

function loadsOf(perType: Readonly<Record<string, unknown>>, path: string[]): Loads {
  const table = keyed(perType, path, 'case type', (v, key) => count(v, [...path, key]));
  return new Map([...table].map(([key, { name, value }]) => [key, { caseType: name, caseload: value as number }]));
}

/**
 * Per-office caseloads keyed by `officeKey`: one office spelled two ways (`washington-dc`, `Washington-DC `)
 * is one office under its first spelling, its case types merged; only the same office and case type
 * twice is an error, naming both.
 */
function officeLoads(record: Readonly<Record<string, Record<string, unknown>>>): Map<string, { name: string; loads: Loads }> {
  const out = new Map<string, { name: string; loads: Loads }>();
  for (const name of Object.keys(record)) {
    const loads = loadsOf(record[name]!, ['caseloads', name]);
    const earlier = out.get(officeKey(name));
    if (!earlier) {
      out.set(officeKey(name), { name, loads });
      continue;
    }
    for (const [key, load] of loads) {
      const twice = earlier.loads.get(key);
      if (twice) {
        throw new ModelError([{ path: ['caseloads', name, load.caseType], message: `the same office and case type as caseloads["${earlier.name}"]["${twice.caseType}"] (offices and case types match trimmed, ignoring case and spacing); give it once` }]);
      }
      earlier.loads.set(key, load);
    }
  }
  return out;
}

/**
 * The caseloads the study's officers carried, matched to the log: offices and case types compare as
 * `officeKey` makes them (trimmed, white space collapsed, NFC, case-folded). Per case type
 * (`{ nd: 1200 }`), every entry of a case type with a caseload counts; per office (`{ dc: { nd: 700 } }`),
 * an entry counts only when its office has a caseload for its case type, and the caseload is summed over
 * the offices the log names. Entries that do not count still give task times.
 *
 * @throws {ModelError} `caseloads.nd: expected a caseload >= 0, got the string "12"`;
 *   `caseloads: per-office caseloads need an office on every entry (entries[4] has none)`
 */
export function caseloadsOf(caseloads: StudyCaseloads, entries: readonly StudyEntry[]): StudyCaseloadIndex {
  if (caseloads === null || typeof caseloads !== 'object') {
    throw new TypeError('summarizeTimeStudy: options.caseloads must be an object of cases per case type, or per office and case type');
  }
  const record = caseloads as Record<string, unknown>;
  const keys = Object.keys(record);
  const nested = keys.filter((key) => typeof record[key] === 'object');
  const logTypes = [...new Set(entries.filter((e) => e.caseType !== undefined).map((e) => e.caseType!))];
  const logTypeKeys = new Set(logTypes.map(officeKey));
  const warnings: TimeStudyWarning[] = [];
  const unmatched = (loads: Loads, where: string) => {
    for (const [key, { caseType, caseload }] of loads) {
      if (logTypeKeys.has(key)) continue;
      warnings.push({
        kind: 'caseload-unused',
        caseType,
        message: `caseloads: case type "${caseType}"${where} has a caseload of ${caseload} but no log entry${suggestions(caseType, logTypes, 'case types logged')}`,
      });
    }
  };
  if (nested.length === 0) {
    const loads = loadsOf(record, ['caseloads']);
    unmatched(loads, '');
    return {
      caseloadOf: (caseType) => loads.get(officeKey(caseType))?.caseload,
      counts: (entry) => entry.caseType !== undefined && loads.has(officeKey(entry.caseType)),
      warnings,
      caseTypes: [...loads.values()].map((l) => l.caseType),
    };
  }
  if (nested.length !== keys.length) {
    throw new ModelError([{ path: ['caseloads'], message: 'give caseloads per case type ({ nd: 1200 }) or per office ({ dc: { nd: 700 } }), not both' }]);
  }
  const unplaced = entries.findIndex((entry) => entry.office === undefined);
  if (unplaced >= 0) {
    throw new ModelError([{ path: ['caseloads'], message: `per-office caseloads need an office on every entry (entries[${unplaced}] has none)` }]);
  }
  const perOffice = officeLoads(record as Record<string, Record<string, unknown>>);
  const logOffices = new Map<string, { office: string; entries: number; uncounted: Map<string, number> }>();
  for (const e of entries) {
    const key = officeKey(e.office!);
    const office = logOffices.get(key) ?? logOffices.set(key, { office: e.office!, entries: 0, uncounted: new Map() }).get(key)!;
    office.entries++;
    const loads = perOffice.get(key)?.loads;
    if (loads && e.caseType !== undefined && !loads.has(officeKey(e.caseType))) office.uncounted.set(e.caseType, (office.uncounted.get(e.caseType) ?? 0) + 1);
  }
  const byType = new Map<string, number>();
  for (const [key, { office, entries: n, uncounted }] of logOffices) {
    const loads = perOffice.get(key)?.loads;
    if (!loads) {
      warnings.push({ kind: 'no-caseload', office, message: `office "${office}" has ${plural(n, 'entry', 'entries')} but no caseloads; they are left out of every frequency (their minutes still count in the task times)${suggestions(office, [...perOffice.values()].map((o) => o.name), 'offices with caseloads')}` });
      continue;
    }
    for (const [caseType, m] of uncounted) {
      warnings.push({ kind: 'no-caseload', office, caseType, message: `office "${office}": ${plural(m, 'entry', 'entries')} of case type "${caseType}" but no caseload for it there; left out of its frequency (their minutes still count in the task times)` });
    }
    for (const [typeKey, { caseload }] of loads) byType.set(typeKey, (byType.get(typeKey) ?? 0) + caseload);
  }
  for (const [key, { name, loads }] of perOffice) {
    if (!logOffices.has(key)) {
      warnings.push({ kind: 'caseload-unused', office: name, message: `caseloads: office "${name}" has caseloads but no log entry; they are not used` });
    } else unmatched(loads, ` (office "${name}")`);
  }
  return {
    caseloadOf: (caseType) => byType.get(officeKey(caseType)),
    counts: (entry) => entry.caseType !== undefined && perOffice.get(officeKey(entry.office!))?.loads.has(officeKey(entry.caseType)) === true,
    warnings,
    caseTypes: [...new Set([...perOffice.values()].flatMap((o) => [...o.loads.values()].map((l) => l.caseType)))],
  };
}
