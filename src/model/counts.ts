/**
 * An office's `cases` and `officers`, checked and copied in one loop per record. zod's record parser
 * was half the cost of parsing a model of 1,000 offices x 50 case types (scripts/parse-cost.mjs);
 * this loop keeps its rules and messages (`CasesSchema`, `OfficersSchema`; a test compares the two
 * on generated inputs) and refuses `"__proto__"`, which zod would drop without a word.
 */
import { util } from 'zod/mini';
import { enumeratesOwnKeysOnly, frozenRecord, type RecordCopier } from '../internal/records.js';
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

/** True for a count that keeps the rules of its kind: cases a whole number from 0 to 2^53 - 1, officers a number >= 0. */
function isCount(value: unknown, kind: CountKind): value is number {
  return typeof value === 'number' && value >= 0 && (kind === 'cases' ? value <= Number.MAX_SAFE_INTEGER && Number.isInteger(value) : value < Infinity);
}

/**
 * A record's own enumerable string keys, in for-in order, and their values as `readCounts` read them:
 * the value of `keys[k]` is `values[start + k]` (NaN for a value that is not a number: the record then
 * has an issue, and the model is refused before any list is read).
 */
export interface CountList {
  /** The keys; records listing the same keys in the same order, one after another, share one array. */
  readonly keys: readonly string[];
  /** Shared by the lists of one read (no array per record). */
  readonly values: Float64Array;
  readonly start: number;
}

/**
 * Reads records in place (`readModelInPlace`: a model that lives only within one call and is never
 * returned): `readCounts` gives back the input's record itself when for-in visits its own keys only
 * (see `enumeratesOwnKeysOnly`; else a copy), and lists its keys and counts as it reads them (`take`).
 * Everything after reads the list, never the record again, as a copy would be read: each count is
 * read once (a getter's or a Proxy's value is the value checked, and one that throws or adds keys
 * does so once, within the check), and a key for-in does not visit (not enumerable) is not seen. The passes over the model (its known keys, its totals, its counts and
 * officers) walk the lists: JSON.parse leaves a record of more than 128 keys in V8's dictionary
 * mode, where each for-in lists and sorts its keys anew (measured at 10,000 offices x 200 case
 * types: four for-in passes were 57% of `assess` from the input, and the time per office and case
 * type twice that at 1,000 x 50). Records with the same keys in the same order, one after another,
 * share one keys array.
 */
export class InPlaceCounts {
  /** The keys of the record listed last: the next record with the same keys shares the array. */
  private keys: readonly string[] = [];
  /** The counts of every record listed, one after another; replaced by a larger copy when full (earlier lists keep the one they were written in). */
  private values = new Float64Array(256);
  private end = 0;
  /** How many records this reader will list (offices): the first one's size sets the storage's. */
  constructor(private readonly records = 1) {}

  /** The record being read: where its counts start, and its own keys once they differ from `keys`. */
  private from = 0;
  private own: string[] | undefined;
  private list: CountList | undefined;

  /** Starts reading a record; `next` then takes each key and value in for-in order, and `done` ends it. */
  start(): void {
    this.from = this.end;
    this.own = undefined;
  }

  next(key: string, value: unknown): void {
    const end = this.end;
    if (end === this.values.length) this.grow();
    // Not converted: a symbol would throw, an object run its valueOf.
    this.values[end] = typeof value === 'number' ? value : NaN;
    this.end = end + 1;
    const k = end - this.from;
    if (this.own !== undefined) this.own.push(key);
    else if (!(k < this.keys.length && this.keys[k] === key)) this.own = [...this.keys.slice(0, k), key];
  }

  /** A storage twice as large, holding the record being read at the same place (earlier lists keep the one they were written in). */
  private grow(size = this.values.length * 2): void {
    const larger = new Float64Array(size);
    larger.set(this.values.subarray(this.from, this.end), this.from);
    this.values = larger;
  }

  done(): void {
    const count = this.end - this.from;
    // After the first record: room for as many counts in each (one storage for a model of like offices).
    if (this.from === 0 && count * this.records > this.values.length) this.grow(count * this.records);
    this.keys = this.own ?? (count === this.keys.length ? this.keys : this.keys.slice(0, count));
    this.list = { keys: this.keys, values: this.values, start: this.from };
  }

  /** The list of the record `readCounts` read last; undefined when it read none (absent or refused). */
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
    if (isCount(count, kind) && key !== '__proto__') {
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
