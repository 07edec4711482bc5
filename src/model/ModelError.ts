import { isMarked } from '../internal/brand.js';

/** A place in the model input: object keys and array indexes from the root. */
export type IssuePath = (string | number)[];

/** One thing wrong with a model input. */
export interface Issue {
  /** Where the problem is: keys and indexes from the model's root (`formatPath` writes it). */
  path: IssuePath;
  /** What is wrong, in words. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** What a wrong argument was, for a TypeError: `the string "offices"`, `null`, `an object`. */
function described(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/**
 * Writes a path the way a reader would look it up: `caseTypes[2].tasks[0].time`.
 * Keys that are not plain identifiers are quoted: `offices[0].cases["non detained"]`.
 *
 * @throws {TypeError} `formatPath: path must be an array of keys (strings) and indexes (numbers), got the string "offices"`
 *   (or `..., got an array holding null` for an element of another type)
 * @example
 * formatPath(['caseTypes', 2, 'tasks', 0, 'time']) // => 'caseTypes[2].tasks[0].time'
 */
export function formatPath(path: IssuePath): string {
  const expected = 'formatPath: path must be an array of keys (strings) and indexes (numbers)';
  if (!Array.isArray(path)) throw new TypeError(`${expected}, got ${described(path)}`);
  let out = '';
  for (const key of path as unknown[]) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key !== 'string') throw new TypeError(`${expected}, got an array holding ${described(key)}`);
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(model)' : out;
}

const MODEL_ERROR = /* @__PURE__ */ Symbol.for('staffing-model.ModelError');

/**
 * The one error type for a model that cannot be used. `issues` lists every problem found, each with
 * the path of the field it concerns; `message` has one line per issue, `path: what is wrong`.
 *
 * @example
 * try { parseModel({ caseTypes: [{ id: 'a' }] }) } catch (e) { if (e instanceof ModelError) e.issues }
 */
export class ModelError extends Error {
  /** Every problem found, each with its path. */
  readonly issues: Issue[];

  /** True for a ModelError from any build of the package (ESM, CommonJS, a bundle): they share a mark. */
  static [Symbol.hasInstance](value: unknown): value is ModelError {
    return isMarked(this, MODEL_ERROR, value);
  }

  /** @throws {TypeError} `ModelError: issues must be an array of { path, message }, got null` */
  constructor(issues: Issue[]) {
    if (!Array.isArray(issues)) throw new TypeError(`ModelError: issues must be an array of { path, message }, got ${described(issues)}`);
    super(issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('\n'));
    Object.defineProperty(this, MODEL_ERROR, { value: true }); // what `instanceof` looks for
    this.name = 'ModelError';
    this.issues = issues;
  }
}
