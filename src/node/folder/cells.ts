/**
 * Cells of a table row as model values. A blank cell in a required column is an error; in an optional
 * column it is a value not given (never a 0).
 */
import { CsvInputError } from '../CsvInputError.js';
import type { TableRow } from './readTable.js';

/** A decimal number as JSON writes it, signs and exponents allowed: no `0x10`, no `1,5`, no `Infinity`. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number a cell holds, as written in decimal.
 *
 * @example
 * decimal('1.5e2') // => 150
 * decimal('1,872') // => undefined
 */
export function decimal(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A required cell's text. @throws {CsvInputError} `models/ice/tasks.csv, line 3, column "task": the cell is blank; every row needs one` */
export function textCell(row: TableRow, column: string, file: string): string {
  const text = row.cells[column] ?? '';
  if (text === '') throw new CsvInputError('the cell is blank; every row needs one', { file, line: row.line, column });
  return text;
}

/**
 * A number cell: undefined when an optional cell is blank.
 *
 * @throws {CsvInputError} `models/ice/offices.csv, line 3, column "officers": the cell is blank; give a number (0 if none)`,
 *   or `..., column "share": expected a number, got "0,5": write numbers with a decimal point and no thousands separators`
 */
export function numberCell(row: TableRow, column: string, file: string, required: boolean): number | undefined {
  const text = row.cells[column] ?? '';
  const place = { file, line: row.line, column };
  if (text === '') {
    if (required) throw new CsvInputError('the cell is blank; give a number (0 if none)', place);
    return undefined;
  }
  const value = decimal(text);
  if (value !== undefined) return value;
  const hint = text.includes(',') ? ': write numbers with a decimal point and no thousands separators' : '';
  throw new CsvInputError(`expected a number, got "${text}"${hint}`, place);
}

/** A ranged value's columns: its plain value's, and its range's bounds and distribution. */
interface RangeColumns {
  value: string;
  low: string;
  mode: string;
  high: string;
  dist: string;
}

/** A task's or duty's time: `time`, or a range in `low`, `mode`, `high` and `dist`. */
const TIME_COLUMNS: RangeColumns = { value: 'time', low: 'low', mode: 'mode', high: 'high', dist: 'dist' };
/** Its times a year: `per_year`, or a range in `per_year_low`, `per_year_mode`, `per_year_high` and `per_year_dist`. */
const PER_YEAR_COLUMNS: RangeColumns = { value: 'per_year', low: 'per_year_low', mode: 'per_year_mode', high: 'per_year_high', dist: 'per_year_dist' };

/**
 * The range a row gives in `columns`' bound and dist cells, as a model range input
 * (`{ low, mode, high, dist }`, each bound as `bound` reads its cell; blank cells left out, for
 * parseModel to name), or undefined when they are all blank. The plain value's cell must then be blank.
 *
 * A dist cell with no bound beside it is an error at the dist column (whatever the plain value's cell holds).
 *
 * @throws {CsvInputError} `models/ice/tasks.csv, line 3, column "per_year": give per_year or a range (per_year_low, per_year_mode, per_year_high, per_year_dist), not both`,
 *   or `..., column "dist": a distribution is given without a range; give low, mode and high (or leave dist blank)`
 */
function rangeCells<Bound>(row: TableRow, file: string, columns: RangeColumns, bound: (column: string) => Bound): Record<string, Bound | string> | undefined {
  const given = (['low', 'mode', 'high', 'dist'] as const).filter((key) => (row.cells[columns[key]] ?? '') !== '');
  if (given.length === 0) return undefined;
  if (given.length === 1 && given[0] === 'dist') {
    const { low, mode, high, dist } = columns;
    throw new CsvInputError(`a distribution is given without a range; give ${low}, ${mode} and ${high} (or leave ${dist} blank)`, { file, line: row.line, column: dist });
  }
  if ((row.cells[columns.value] ?? '') !== '') {
    const { value, low, mode, high, dist } = columns;
    throw new CsvInputError(`give ${value} or a range (${low}, ${mode}, ${high}, ${dist}), not both`, { file, line: row.line, column: value });
  }
  return Object.fromEntries(given.map((key) => [key, key === 'dist' ? row.cells[columns.dist]! : bound(columns[key])]));
}

/**
 * A task's or duty's time: the `time` cell, or a range `{ low, mode, high, dist }` from those cells
 * (whose rules parseModel checks). A bare number is hours; anything else is left to the model's unit
 * parser (`"20 min"`).
 *
 * @throws {CsvInputError} `models/ice/tasks.csv, line 3, column "time": give time or a range (low, mode, high, dist), not both`,
 *   or `..., column "time": the cell is blank; give a time, or low, mode and high`
 */
export function timeCell(row: TableRow, file: string): number | string | Record<string, number | string> {
  const read = (column: string) => decimal(row.cells[column]!) ?? row.cells[column]!;
  const range = rangeCells(row, file, TIME_COLUMNS, read);
  if (range !== undefined) return range;
  if ((row.cells.time ?? '') === '') throw new CsvInputError('the cell is blank; give a time, or low, mode and high', { file, line: row.line, column: 'time' });
  return read('time');
}

/**
 * A task's or duty's times a year: the `per_year` cell, or a range `{ low, mode, high, dist }` from
 * `per_year_low`, `per_year_mode`, `per_year_high` and `per_year_dist` (whose rules parseModel
 * checks), each bound a number as `per_year` is; undefined when all are blank (`every` may be given).
 *
 * @throws {CsvInputError} `models/ice/tasks.csv, line 3, column "per_year": give per_year or a range (per_year_low, per_year_mode, per_year_high, per_year_dist), not both`,
 *   or `..., column "per_year_low": expected a number, got "four"`
 */
export function perYearCell(row: TableRow, file: string): number | Record<string, number | string> | undefined {
  const read = (column: string) => numberCell(row, column, file, false)!;
  return rangeCells(row, file, PER_YEAR_COLUMNS, read) ?? numberCell(row, 'per_year', file, false);
}

/** What a yes-or-no cell may hold (ignoring case), and what it means. */
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true], ['yes', true], ['1', true],
  ['false', false], ['no', false], ['0', false],
]);

/**
 * A yes-or-no cell (tasks.csv's `window`): true, yes or 1; false, no or 0 (any case); blank is not
 * given (the model's default, false).
 *
 * @throws {CsvInputError} `models/ice/tasks.csv, line 3, column "window": expected true or false (yes/no, 1/0), got "maybe"`
 */
export function booleanCell(row: TableRow, column: string, file: string): boolean | undefined {
  const text = row.cells[column] ?? '';
  if (text === '') return undefined;
  const value = BOOLEANS.get(text.toLowerCase());
  if (value === undefined) throw new CsvInputError(`expected true or false (yes/no, 1/0), got "${text}"`, { file, line: row.line, column });
  return value;
}
