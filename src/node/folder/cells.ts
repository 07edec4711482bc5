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

/** The columns of a ranged time. */
const RANGE = ['low', 'mode', 'high', 'dist'] as const;

/**
 * A task's or duty's time: the `time` cell, or a range `{ low, mode, high, dist }` from those cells
 * (whose rules parseModel checks). A bare number is hours; anything else is left to the model's unit
 * parser (`"20 min"`).
 *
 * @throws {CsvInputError} `models/ice/tasks.csv, line 3, column "time": give time or a range (low, mode, high, dist), not both`,
 *   or `..., column "time": the cell is blank; give a time, or low, mode and high`
 */
export function timeCell(row: TableRow, file: string): number | string | Record<string, number | string> {
  const time = row.cells.time ?? '';
  const range = RANGE.filter((column) => (row.cells[column] ?? '') !== '');
  const place = { file, line: row.line, column: 'time' };
  if (range.length > 0 && time !== '') throw new CsvInputError('give time or a range (low, mode, high, dist), not both', place);
  if (range.length > 0) return Object.fromEntries(range.map((column) => [column, column === 'dist' ? row.cells.dist! : (decimal(row.cells[column]!) ?? row.cells[column]!)]));
  if (time === '') throw new CsvInputError('the cell is blank; give a time, or low, mode and high', place);
  return decimal(time) ?? time;
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
