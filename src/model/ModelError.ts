/** A place in the model input: object keys and array indexes from the root. */
export type IssuePath = (string | number)[];

/** One thing wrong with a model input. */
export interface Issue {
  path: IssuePath;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a reader would look it up: `caseTypes[2].tasks[0].time`.
 * Keys that are not plain identifiers are quoted: `offices[0].cases["non detained"]`.
 *
 * @example
 * formatPath(['caseTypes', 2, 'tasks', 0, 'time']) // => 'caseTypes[2].tasks[0].time'
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(model)' : out;
}

/**
 * The one error type for a model that cannot be used. `issues` lists every problem found, each with
 * the path of the field it concerns; `message` has one line per issue, `path: what is wrong`.
 *
 * @example
 * try { parseModel({ caseTypes: [{ id: 'a' }] }) } catch (e) { if (e instanceof ModelError) e.issues }
 */
export class ModelError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('\n'));
    this.name = 'ModelError';
    this.issues = issues;
  }
}
