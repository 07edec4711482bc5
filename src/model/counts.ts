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

/**
 * How `readCounts` gives a record back: a frozen copy (see `frozenRecord`; made by the `RecordCopier`
 * when given), or `'in place'`: the input's record itself when for-in visits its own keys only (see
 * `enumeratesOwnKeysOnly`; else a copy), for a model that lives only within one call and is never
 * returned (`readModelInPlace`).
 */
export type CountsCopy = RecordCopier | 'in place' | undefined;

/** The record `readCounts` checks and gives back (see `CountsCopy`). */
function countsOf(value: object, copy: CountsCopy): Readonly<Record<string, number>> {
  if (copy === 'in place') return enumeratesOwnKeysOnly(value) ? (value as Readonly<Record<string, number>>) : frozenRecord<number>(value);
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
  // for-in visits its own keys only (the copy's prototype has no members; see countsOf).
  for (const key in counts) {
    const count = counts[key];
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
  return counts;
}
