import { formatPath, ModelError, type IssuePath } from '../../model/ModelError.js';

/**
 * Where an object of the model input came from: a table's file and line, the table column of each of
 * its fields (`name` is a task's `task` column, an office's `id` is `office`), and the column of the
 * value itself when the object is one cell (an office's officers on a docket).
 */
export interface Origin {
  file: string;
  line: number;
  columns?: Readonly<Record<string, string>>;
  column?: string;
}

/** Origins by the formatted path of the object built from a row. */
export type Origins = Map<string, Origin>;

export function setOrigin(origins: Origins, path: IssuePath, origin: Origin): void {
  origins.set(formatPath(path), origin);
}

/**
 * Puts the table, line and column in front of every issue about an object built from a row (the
 * nearest enclosing one): `caseTypes[1].tasks[0].time: models/ice/tasks.csv, line 3, column "time": "3 days" is ...`.
 */
export function locateIssues(error: ModelError, origins: Origins): ModelError {
  return new ModelError(
    error.issues.map((issue) => {
      for (let length = issue.path.length; length > 0; length--) {
        const origin = origins.get(formatPath(issue.path.slice(0, length)));
        if (!origin) continue;
        // A nested field, such as a ranged time's bound, has a column of its own: `time.mode` is "mode".
        const [field, inner] = [issue.path[length], issue.path[length + 1]];
        const nested = typeof field === 'string' && typeof inner === 'string' ? `${field}.${inner}` : undefined;
        const key = nested !== undefined && origin.columns && Object.hasOwn(origin.columns, nested) ? nested : field;
        const column = length === issue.path.length ? origin.column : typeof key === 'string' && origin.columns && Object.hasOwn(origin.columns, key) ? origin.columns[key] : undefined;
        return { path: issue.path, message: `${origin.file}, line ${origin.line}${column === undefined ? '' : `, column "${column}"`}: ${issue.message}` };
      }
      return issue;
    }),
  );
}
