/**
 * Turns zod's issues into plain sentences that say what was found and what is expected, one issue per
 * offending field (an unknown key becomes an issue at that key, with a suggestion for a typo).
 */
import type { core } from 'zod/mini';
import { keysAt, placeName, placesOfKey } from './knownKeys.js';
import type { Issue, IssuePath } from './ModelError.js';

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** At most this many places are named where a key belongs; the rest are counted. */
const PLACES = 3;

/**
 * Why a key is unknown: a key of the same object within 2 edits (`did you mean "perYear"?`, never the
 * key itself), else the objects it is a key of (`id is a key of caseTypes[] and offices[], not of the
 * model`).
 */
function unknownKey(path: IssuePath, key: string): string {
  const lower = key.toLowerCase();
  let near: string | undefined;
  let nearest = 3; // suggest keys at most 2 edits away, the nearest first
  for (const known of keysAt(path)) {
    const distance = editDistance(lower, known.toLowerCase());
    if (known !== key && distance < nearest) [near, nearest] = [known, distance];
  }
  if (near !== undefined) return `unknown key; did you mean "${near}"?`;
  const elsewhere = placesOfKey(key);
  if (elsewhere === undefined) return 'unknown key';
  const places = elsewhere.places;
  const named = places.slice(0, PLACES);
  const more = places.length > PLACES ? ` and ${places.length - PLACES} more` : '';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')}${more === '' ? ' and' : ','} ${named.at(-1)}${more}`;
  return `unknown key; ${elsewhere.key} is a key of ${list}, not of ${placeName(path)}`;
}

/**
 * A short description of a value for a message: `the string "abc"`, `-3`, `an array`, `null`, `a Map`.
 *
 * @example
 * describeValue('10156') // => 'the string "10156"'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    if (typeof name === 'string' && name !== '' && name !== 'Object') return article(name);
  }
  return article(typeof value);
}

function article(noun: string): string {
  return /^[aeiouAEIOU]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The message for a value of the wrong type: `is required`, `expected a number, got the string "3"`. */
export function typeMessage(expected: string, input: unknown): string {
  if (input === undefined) return 'is required';
  if (expected === 'int') return `must be a whole number, got ${describeValue(input)}`;
  return `expected ${article(expected === 'record' ? 'object' : expected)}, got ${describeValue(input)}`;
}

/** The message for a number out of range: `must be >= 0, got -1`. */
export function boundMessage(sign: string, limit: number | bigint, input: unknown): string {
  return `must be ${sign} ${limit}, got ${describeValue(input)}`;
}

function bound(issue: core.$ZodIssueTooSmall | core.$ZodIssueTooBig, inclusiveSign: string, strictSign: string) {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  switch (issue.origin) {
    case 'string':
      return 'must not be empty';
    case 'array':
      return `must have at least ${limit} item${limit === 1 ? '' : 's'}`;
    default:
      return boundMessage(issue.inclusive ? inclusiveSign : strictSign, limit, issue.input);
  }
}

/**
 * The unions are officer time (hours, a string with a unit, or resolved), a task's time and perYear
 * (each of which may also be a range).
 */
function unionSentence(issue: core.$ZodIssueInvalidUnion): string {
  if (issue.input === undefined) return 'is required';
  const field = issue.path[issue.path.length - 1];
  const got = describeValue(issue.input);
  if (field === 'perYear') return `expected times a year as a number >= 0, or a range { low, mode, high }, got ${got}`;
  const resolved = '{ amount, unit: "hour" | "workday" }';
  const last = field === 'time' ? `${resolved}, or a range { low, mode, high }` : `or ${resolved}`;
  return `expected hours as a number >= 0, a string with a unit such as "20 min", ${last}, got ${got}`;
}

/**
 * An object given where a union takes one (a resolved time or a range): the issues of the object branch
 * that fits it best (the fewest issues; a resolved time's keys fit its own branch), under the union's
 * path, each with the value it is about (zod leaves `input` out of a union branch's issues).
 */
function rangeIssues(issue: core.$ZodIssueInvalidUnion): core.$ZodIssue[] | undefined {
  const input = issue.input;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const wrongType = (inner: core.$ZodIssue) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_union');
  // A branch none of whose keys the object has (all unknown to it) is not what the object meant.
  const keys = Object.keys(input).length;
  const foreign = (inner: core.$ZodIssue) => inner.path.length === 0 && inner.code === 'unrecognized_keys' && inner.keys.length === keys;
  const branches = issue.errors.filter((issues) => !issues.every(wrongType) && !issues.some(foreign));
  const branch = branches.reduce<core.$ZodIssue[] | undefined>((best, issues) => (best && best.length <= issues.length ? best : issues), undefined);
  return branch?.map((inner) => {
    const value = inner.path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], input);
    return { ...inner, path: [...issue.path, ...inner.path], input: inner.input ?? value } as core.$ZodIssue;
  });
}

function sentence(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, issue.input);
    case 'too_small':
      return bound(issue, '>=', '>');
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? issue.message
        : bound(issue, '<=', '<');
    case 'invalid_union':
      return unionSentence(issue);
    case 'invalid_format':
      return `must be a whole number, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/**
 * One readable issue per offending field.
 *
 * @example
 * describeSchemaIssues([{ code: 'unrecognized_keys', keys: ['perYaer'], path: ['caseTypes', 0, 'tasks', 0], message: '' }])
 * // => [{ path: ['caseTypes', 0, 'tasks', 0, 'perYaer'], message: 'unknown key; did you mean "perYear"?' }]
 */
export function describeSchemaIssues(issues: readonly core.$ZodIssue[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code === 'invalid_union') {
      const inner = rangeIssues(issue);
      if (inner) return describeSchemaIssues(inner);
    }
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownKey(path, key) }));
    }
    // The model itself: "is required" would not say what was given instead.
    if (path.length === 0 && issue.code === 'invalid_type') return [{ path, message: `expected a model (an object), got ${describeValue(issue.input)}` }];
    return [{ path, message: sentence(issue) }];
  });
}
