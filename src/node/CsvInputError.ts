import { isMarked } from '../internal/brand.js';

const CSV_INPUT_ERROR = /* @__PURE__ */ Symbol.for('staffing-model.CsvInputError');

/**
 * A problem in an input file, with where it is: the file (when read from one), the line (1 is the
 * first line of the file) or lines, and the column, when known: a CSV column's name, or a character
 * position in a JSON file. The message starts with that place: `cases.csv, line 17: expected 5
 * fields, found 4`, `models/ice/tasks.csv, line 4, column "per_year": ...`, `cases.csv, lines 3-1004: a quoted
 * field opened on line 3 is never closed`, `model.json, line 3, column 17: not valid JSON: ...`.
 *
 * @example
 * const error = new CsvInputError('expected 5 fields, found 4', { file: 'cases.csv', line: 17 })
 * error.message // => 'cases.csv, line 17: expected 5 fields, found 4'
 * error.line // => 17
 */
export class CsvInputError extends Error {
  /** The file the problem is in, when known. */
  readonly file: string | undefined;
  /** The first line of the record (or the line) the problem is in. */
  readonly line: number | undefined;
  /** Its last line: the same as `line` unless the record spans several lines. */
  readonly endLine: number | undefined;
  /** A CSV column's name, or (a number) a JSON file's column, from 1. */
  readonly column: string | number | undefined;
  /** The problem without its place. */
  readonly reason: string;

  /** True for a CsvInputError from any build of the package (ESM, CommonJS, a bundle): they share a mark. */
  static [Symbol.hasInstance](value: unknown): value is CsvInputError {
    return isMarked(this, CSV_INPUT_ERROR, value);
  }

  constructor(reason: string, place: { file?: string | undefined; line?: number | undefined; endLine?: number | undefined; column?: string | number | undefined } = {}) {
    const endLine = place.line === undefined ? undefined : Math.max(place.line, place.endLine ?? place.line);
    const lines = place.line === undefined ? undefined : endLine === place.line ? `line ${place.line}` : `lines ${place.line}-${endLine}`;
    const column = place.column === undefined ? undefined : typeof place.column === 'number' ? `column ${place.column}` : `column "${place.column}"`;
    const where = [place.file, lines, column].filter((part) => part !== undefined).join(', ');
    super(where === '' ? reason : `${where}: ${reason}`);
    Object.defineProperty(this, CSV_INPUT_ERROR, { value: true }); // what `instanceof` looks for
    this.name = 'CsvInputError';
    this.file = place.file;
    this.line = place.line;
    this.endLine = endLine;
    this.column = place.column;
    this.reason = reason;
  }

  /** The same error, in `file` (when it names no file yet). */
  inFile(file: string | undefined): CsvInputError {
    if (file === undefined || this.file !== undefined) return this;
    // Through this.constructor: a class that names itself in its body is renamed by the bundler, and
    // its errors would print as `_CsvInputError` (src/internal/brand.ts).
    const Same = this.constructor as new (...args: ConstructorParameters<typeof CsvInputError>) => CsvInputError;
    return new Same(this.reason, { file, line: this.line, endLine: this.endLine, column: this.column });
  }
}
