import { CsvInputError } from '../CsvInputError.js';
import { booleanCell, numberCell, textCell } from './cells.js';
import { activity, activityColumns, arrayAt, idOf, type Json } from './modelInput.js';
import { suggestions } from '../../model/nearest.js';
import { setOrigin, type Origins } from './origins.js';
import type { TableRow } from './readTable.js';

const CASE_TYPE_COLUMNS = { id: 'id', docket: 'docket', label: 'label', priority: 'priority', source: 'source' };

/**
 * Adds a case type (with no tasks yet) for each row of case-types.csv.
 *
 * @throws {CsvInputError} for an id given twice (tasks.csv could not tell which case type a task is of):
 *   `models/ice/case-types.csv, line 3, column "id": case type "nd" is given twice (first on line 2)`
 */
export function addCaseTypes(input: Json, rows: readonly TableRow[], file: string, origins: Origins): void {
  const caseTypes = arrayAt(input, 'caseTypes', []);
  const lines = new Map<string, number>();
  for (const row of rows) {
    const id = textCell(row, 'id', file);
    if (caseTypes.some((caseType) => idOf(caseType) === id)) {
      const first = lines.get(id);
      throw new CsvInputError(`case type "${id}" is given twice (first ${first === undefined ? 'in model.json' : `on line ${first}`})`, { file, line: row.line, column: 'id' });
    }
    lines.set(id, row.line);
    const { label, source } = row.cells;
    const priority = numberCell(row, 'priority', file, false);
    setOrigin(origins, ['caseTypes', caseTypes.length], { file, line: row.line, columns: CASE_TYPE_COLUMNS });
    caseTypes.push({
      id,
      docket: textCell(row, 'docket', file),
      ...(label ? { label } : {}),
      ...(priority === undefined ? {} : { priority }),
      ...(source ? { source } : {}),
      tasks: [],
    });
  }
}

/**
 * Adds each row of tasks.csv to its case type's tasks.
 *
 * @throws {CsvInputError} `models/ice/tasks.csv, line 2, column "case_type": unknown case type "non-detaned"; did you mean "non-detained"? (case types: ...)`
 */
export function addTasks(input: Json, rows: readonly TableRow[], file: string, origins: Origins): void {
  const caseTypes = arrayAt(input, 'caseTypes', []);
  const ids = caseTypes.map(idOf);
  for (const row of rows) {
    const id = textCell(row, 'case_type', file);
    const index = ids.indexOf(id);
    if (index === -1) throw new CsvInputError(`unknown case type "${id}"${suggestions(id, ids.filter((known) => known !== undefined), 'case types')}`, { file, line: row.line, column: 'case_type' });
    const tasks = arrayAt(caseTypes[index]!, 'tasks', ['caseTypes', index]);
    setOrigin(origins, ['caseTypes', index, 'tasks', tasks.length], { file, line: row.line, columns: { ...activityColumns('task'), window: 'window' } });
    const task = activity(row, file, 'task');
    const window = booleanCell(row, 'window', file); // done at the check-in window (docs/queueing.md)
    if (window !== undefined) task.window = window;
    tasks.push(task);
  }
}
