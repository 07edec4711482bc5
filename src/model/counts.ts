/**
 * An office's `cases` and `officers`, checked and copied in one loop per record. zod's record parser
 * was half the cost of parsing a model of 1,000 offices x 50 case types (scripts/parse-cost.mjs);
 * this loop keeps its rules and messages (`CasesSchema`, `OfficersSchema`; a test compares the two
 * on generated inputs) and refuses `"__proto__"`, which zod would drop without a word.
 */
import { util } from 'zod/mini';
import { enumeratesOwnKeysOnly, frozenRecord, LARGE_RECORD, type RecordCopier } from '../internal/records.js';
import type { Issue, IssuePath } from './ModelError.js';
import { boundMessage, typeMessage } from './schemaIssues.js';

export type CountKind = 'cases' | 'officers';

const NO_COUNTS = frozenRecord<number>({});

/** The message for a count that breaks the rules of its kind, or undefined when it keeps them. */
function countProblems(value: unknown, kind: CountKind): string[] | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [typeMessage('number', value)];
  if (kind === 'officers') return value < 0 ? [boundMessage('>=', 0, value)] : undefined;
  if (!Number.isInteger(value)) return [typeMessage('int', value)];
  if (value > Number.MAX_SAFE_INTEGER) return [boundMessage('<=', Number.MAX_SAFE_INTEGER, value)];
  if (value >= 0) return undefined;
  // zod reports both bounds a count below -(2^53 - 1) breaks; so does this loop.
  return value < Number.MIN_SAFE_INTEGER
    ? [boundMessage('>=', Number.MIN_SAFE_INTEGER, value), boundMessage('>=', 0, value)]
    : [boundMessage('>=', 0, value)];
}

/** A record's own enumerable string keys, in for-in order, and their values as `readCounts` read them. */
export interface CountList {
  /** The keys; records listing the same keys in the same order, one after another, share one array. */
  readonly keys: readonly string[];
  /** The counts; NaN for a value that is not a number (the record then has an issue). */
  readonly values: Float64Array;
}

/**
 * Reads records in place (`readModelInPlace`: a model that lives only within one call and is never
 * returned): `readCounts` gives back the input's record itself when for-in visits its own keys only
 * (see `enumeratesOwnKeysOnly`; else a copy), and lists the keys and counts of a large record (128
 * keys or more: LARGE_RECORD) as it reads them (`take`). Later passes over the model (its known keys,
 * its totals, its count matrix) walk the list instead of the record: JSON.parse leaves a record of
 * more than 128 keys in V8's dictionary mode, where each for-in lists and sorts its keys anew
 * (measured at 10,000 offices x 200 case types: four for-in passes were 57% of `assess` from the
 * input, and the time per office and case type twice that at 1,000 x 50). Smaller records are not
 * listed: for-in reads them from V8's cache, and lists of them (2 MB at 1,000 x 50) cost more in
 * garbage collection than they saved.
 */
export class InPlaceCounts {
  /** The keys of the record listed last: the next record with the same keys shares the array. */
  private keys: readonly string[] = [];
  /** The record being read: its keys and values so far (storage kept from record to record). */
  private readonly readKeys: string[] = [];
  private readonly readValues: unknown[] = [];
  private at = 0;
  private list: CountList | undefined;

  /** Starts reading a record; `next` then takes each key and value in for-in order, and `done` ends it. */
  start(): void {
    this.at = 0;
  }

  next(key: string, value: unknown): void {
    this.readKeys[this.at] = key;
    this.readValues[this.at++] = value;
  }

  done(): void {
    const { at, readKeys } = this;
    if (at < LARGE_RECORD) return;
    let same = at === this.keys.length;
    for (let k = 0; same && k < at; k++) same = readKeys[k] === this.keys[k];
    if (!same) this.keys = readKeys.slice(0, at);
    // A list is read only when every count is a checked number (readModelInPlace refuses any other
    // first); anything else is kept as NaN, not converted (a symbol would throw, an object run valueOf).
    const values = new Float64Array(at);
    for (let k = 0; k < at; k++) {
      const value = this.readValues[k];
      values[k] = typeof value === 'number' ? value : NaN;
    }
    this.list = { keys: this.keys, values };
  }

  /** The list of the record `readCounts` read last, if large; undefined when it read none (absent, refused or small). */
  take(): CountList | undefined {
    const list = this.list;
    this.list = undefined;
    return list;
  }
}

/**
 * How `readCounts` gives a record back: a frozen copy (see `frozenRecord`; made by the `RecordCopier`
 * when given), or in place (`InPlaceCounts`).
 */
export type CountsCopy = RecordCopier | InPlaceCounts | undefined;

/** The record `readCounts` checks and gives back (see `CountsCopy`). */
function countsOf(value: object, copy: CountsCopy): Readonly<Record<string, number>> {
  if (copy instanceof InPlaceCounts) return enumeratesOwnKeysOnly(value) ? (value as Readonly<Record<string, number>>) : frozenRecord<number>(value);
  return copy ? copy.copy<number>(value) : frozenRecord<number>(value);
}

/** The symbol keys a copy of `counts` holds: its own enumerable ones. */
function symbolKeys(counts: object): symbol[] {
  const symbols = Object.getOwnPropertySymbols(counts);
  return symbols.length === 0 ? symbols : symbols.filter((symbol) => Object.prototype.propertyIsEnumerable.call(counts, symbol));
}

/**
 * Checks an office's `cases` (whole numbers >= 0 by case-type id) or `officers` (numbers >= 0 by
 * docket) and returns it as `copy` says (by default a frozen copy); an absent record is an empty one.
 * Issues go to `issues`, each with its path (`offices[0].cases.nd`).
 */
export function readCounts(
  value: unknown,
  path: IssuePath,
  kind: CountKind,
  issues: Issue[],
  copy?: CountsCopy,
): Readonly<Record<string, number>> {
  if (value === undefined) return NO_COUNTS;
  if (!util.isPlainObject(value)) {
    issues.push({ path, message: typeMessage('record', value) });
    return NO_COUNTS;
  }
  const counts = countsOf(value, copy);
  const lister = copy instanceof InPlaceCounts ? copy : undefined;
  lister?.start();
  // for-in visits its own keys only (the copy's prototype has no members; see countsOf).
  for (const key in counts) {
    const count = counts[key];
    lister?.next(key, count);
    // The common case first, in one test: a count that keeps the rules, under an ordinary key.
    if (typeof count === 'number' && count >= 0 && (kind === 'cases' ? count <= Number.MAX_SAFE_INTEGER && Number.isInteger(count) : count < Infinity) && key !== '__proto__') {
      continue;
    }
    if (key === '__proto__') {
      issues.push({ path: [...path, key], message: '"__proto__" cannot be used as a key or id' });
      continue;
    }
    const problems = countProblems(count, kind);
    if (problems) for (const message of problems) issues.push({ path: [...path, key], message });
  }
  for (const symbol of symbolKeys(counts)) {
    issues.push({ path: [...path, String(symbol)], message: `keys must be strings (ids), got ${String(symbol)}` });
  }
  lister?.done();
  return counts;
}
