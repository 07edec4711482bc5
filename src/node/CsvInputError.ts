/**
 * A problem in an input file, with where it is: the file (when read from one), the line (1 is the
 * header of a CSV file) and the column, when known: a CSV column's name, or a character position in
 * a JSON file. The message starts with that place: `cases.csv, line 17: expected 5 fields, found 4`,
 * `tasks.csv, line 4, column "per_year": ...`, `model.json, line 3, column 17: not valid JSON: ...`.
 */
export class CsvInputError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  /** A CSV column's name, or (a number) a JSON file's column, from 1. */
  readonly column: string | number | undefined;
  /** The problem without its place. */
  readonly reason: string;

  constructor(reason: string, place: { file?: string; line?: number; column?: string | number } = {}) {
    const where = [place.file, place.line === undefined ? undefined : `line ${place.line}`, place.column === undefined ? undefined : typeof place.column === 'number' ? `column ${place.column}` : `column "${place.column}"`]
      .filter((part) => part !== undefined)
      .join(', ');
    super(where === '' ? reason : `${where}: ${reason}`);
    this.name = 'CsvInputError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.reason = reason;
  }
}
