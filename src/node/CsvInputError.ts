/**
 * A problem in a CSV input, with where it is: the file (when read from one), the line (1 is the
 * header) and the column, when known. The message starts with that place:
 * `cases.csv line 17: expected 5 fields, found 4`.
 */
export class CsvInputError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: string | undefined;
  /** The problem without its place. */
  readonly reason: string;

  constructor(reason: string, place: { file?: string; line?: number; column?: string } = {}) {
    const where = [place.file, place.line === undefined ? undefined : `line ${place.line}`, place.column === undefined ? undefined : `column "${place.column}"`]
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
