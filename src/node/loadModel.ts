import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPath, ModelError, type IssuePath } from '../model/ModelError.js';
import { parseModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';
import { CsvInputError } from './CsvInputError.js';
import { readTable, type TableRow } from './readTable.js';
import { quotedList } from '../internal/quotedList.js';

type Json = Record<string, unknown>;
/** Where a model object came from, for error messages: a CSV file and line. */
type Origin = { file: string; line: number };

/** The CSV column behind a model field. */
const COLUMN_OF: Record<string, string> = { perYear: 'per_year', name: 'task' };

const ACTIVITY_COLUMNS = ['time', 'per_year', 'every', 'share', 'source'];

async function readJson(path: string, name: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CsvInputError(`not valid JSON: ${(error as Error).message}`, { file: name });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A cell as a number, or a clear error naming the file, line and column. */
function numberCell(row: TableRow, column: string, file: string): number | undefined {
  const text = row.cells[column];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new CsvInputError(`expected a number, got "${text}"`, { file, line: row.line, column });
  return value;
}

/** A task or duty from a row: time as hours when it is a bare number, else as written (with a unit). */
function activity(row: TableRow, file: string, nameColumn: string): Json {
  const { cells } = row;
  const time = cells.time === '' || cells.time === undefined ? undefined : Number.isFinite(Number(cells.time)) ? Number(cells.time) : cells.time;
  const out: Json = { name: cells[nameColumn], time };
  const perYear = numberCell(row, 'per_year', file);
  if (perYear !== undefined) out.perYear = perYear;
  if (cells.every) out.every = cells.every;
  const share = numberCell(row, 'share', file);
  if (share !== undefined) out.share = share;
  if (cells.source) out.source = cells.source;
  return out;
}

function arrayAt(model: Json, key: string): Json[] {
  const value = model[key];
  if (value === undefined) return (model[key] = []) as Json[];
  if (!Array.isArray(value)) throw new CsvInputError(`"${key}" must be an array`, { file: 'model.json' });
  return value as Json[];
}

/**
 * Builds the model input from a folder: model.json (optional) and the CSV tables, remembering for
 * every object built from a row where it came from.
 */
async function folderInput(folder: string): Promise<{ input: Json; origins: Map<string, Origin> }> {
  const origins = new Map<string, Origin>();
  const modelFile = join(folder, 'model.json');
  const base = (await exists(modelFile)) ? await readJson(modelFile, 'model.json') : {};
  if (base === null || typeof base !== 'object' || Array.isArray(base)) throw new CsvInputError('expected an object', { file: 'model.json' });
  const input = structuredClone(base) as Json;
  const table = async (file: string, required: string[], optional: string[]) =>
    (await exists(join(folder, file))) ? readTable(join(folder, file), file, required, optional) : [];

  const caseTypes = arrayAt(input, 'caseTypes');
  for (const row of await table('case-types.csv', ['id', 'docket'], ['label', 'priority', 'source'])) {
    const { id, docket, label, source } = row.cells;
    const priority = numberCell(row, 'priority', 'case-types.csv');
    origins.set(formatPath(['caseTypes', caseTypes.length]), { file: 'case-types.csv', line: row.line });
    caseTypes.push({ id, docket, ...(label ? { label } : {}), ...(priority === undefined ? {} : { priority }), ...(source ? { source } : {}), tasks: [] });
  }
  for (const row of await table('tasks.csv', ['case_type', 'task', 'time'], ACTIVITY_COLUMNS)) {
    const index = caseTypes.findIndex((caseType) => caseType.id === row.cells.case_type);
    if (index === -1) {
      throw new CsvInputError(`unknown case type "${row.cells.case_type}" (case types: ${quotedList(caseTypes.map((c) => c.id))})`, {
        file: 'tasks.csv', line: row.line, column: 'case_type',
      });
    }
    const tasks = arrayAt(caseTypes[index]!, 'tasks');
    origins.set(formatPath(['caseTypes', index, 'tasks', tasks.length]), { file: 'tasks.csv', line: row.line });
    tasks.push(activity(row, 'tasks.csv', 'task'));
  }

  const offices = arrayAt(input, 'offices');
  const officeIndex = (id: string, row: TableRow, file: string) => {
    let index = offices.findIndex((office) => office.id === id);
    if (index === -1) {
      index = offices.push({ id }) - 1;
      origins.set(formatPath(['offices', index]), { file, line: row.line });
    }
    return index;
  };
  for (const row of await table('offices.csv', ['office', 'docket', 'officers'], ['name', 'source'])) {
    const office = offices[officeIndex(row.cells.office!, row, 'offices.csv')]!;
    const officers = (office.officers ??= {}) as Json;
    if (Object.hasOwn(officers, row.cells.docket!)) {
      throw new CsvInputError(`officers for office "${row.cells.office}" on docket "${row.cells.docket}" are given twice`, { file: 'offices.csv', line: row.line });
    }
    officers[row.cells.docket!] = numberCell(row, 'officers', 'offices.csv') ?? 0;
    if (row.cells.name) office.name = row.cells.name;
    if (row.cells.source) office.source = row.cells.source;
  }
  for (const row of await table('collateral-duties.csv', ['duty', 'time'], ['office', ...ACTIVITY_COLUMNS])) {
    const officeId = row.cells.office;
    const owner = officeId ? offices[officeIndex(officeId, row, 'collateral-duties.csv')]! : input;
    const duties = arrayAt(owner, 'collateralDuties');
    const path: IssuePath = officeId ? ['offices', offices.indexOf(owner), 'collateralDuties', duties.length] : ['collateralDuties', duties.length];
    origins.set(formatPath(path), { file: 'collateral-duties.csv', line: row.line });
    duties.push(activity(row, 'collateral-duties.csv', 'duty'));
  }
  return { input, origins };
}

/** Adds the CSV file, line and column to model issues about objects read from CSV rows. */
function located(error: ModelError, origins: Map<string, Origin>): ModelError {
  return new ModelError(
    error.issues.map((issue) => {
      for (let length = issue.path.length; length > 0; length--) {
        const origin = origins.get(formatPath(issue.path.slice(0, length)));
        if (!origin) continue;
        const field = issue.path[length];
        const column = typeof field === 'string' ? `, column "${COLUMN_OF[field] ?? field}"` : '';
        return { path: issue.path, message: `${origin.file} line ${origin.line}${column}: ${issue.message}` };
      }
      return issue;
    }),
  );
}

/**
 * A model from a JSON file, or from a folder holding `model.json` and any of these CSV tables (a model
 * kept in a spreadsheet): `offices.csv` (office, docket, officers; name, source), `case-types.csv`
 * (id, docket; label, priority, source), `tasks.csv` (case_type, task, time; per_year or every, share,
 * source) and `collateral-duties.csv` (duty, time; office, per_year or every, share, source; no office
 * is a duty of every office). Rows add to what model.json holds. A time without a unit is hours.
 *
 * @throws {CsvInputError} `tasks.csv, line 4, column "per_year": expected a number, got "abc"`
 * @throws {ModelError} the model's issues; those about rows say where: `tasks.csv line 4, column "time": ...`
 * @example
 * const model = await loadModel('models/ice-2016')   // a folder
 * const same = await loadModel('models/ice-2016.json')
 */
export async function loadModel(path: string): Promise<Model> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CsvInputError(`cannot read the model (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path });
  }
  if (!info.isDirectory()) return parseModel(await readJson(path, path));
  const { input, origins } = await folderInput(path);
  try {
    return parseModel(input);
  } catch (error) {
    throw error instanceof ModelError ? located(error, origins) : error;
  }
}
