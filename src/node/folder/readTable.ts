import { CsvInputError } from '../CsvInputError.js';
import { readCsv } from '../csv/readCsv.js';
import { decodeText } from '../decodeText.js';
import { inputWarning, type OnWarning } from '../InputWarning.js';
import { readBytes } from '../readBytes.js';
import { DELIMITER_NAMES } from '../csv/detectDelimiter.js';
import { tableHeader, type TableHeader } from './tableHeader.js';
import type { TableSpec } from './tables.js';

/** One row of a table: its line and its cells (trimmed) by the spec's column names. */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a small CSV table (a spreadsheet saved as CSV) whole, from its path (`file`, which messages
 * name): UTF-8 or UTF-16 with its byte-order mark; LF, CRLF or CR line ends; the delimiter a `sep=;`
 * first line states, else comma, semicolon or tab as the header line shows (a warning says so when
 * it is not a comma; as many of one as of another is an error), by the shared reader (readRecords.ts).
 * Header names are matched trimmed and ignoring case. Rows of only blanks and delimiters are passed over.
 *
 * @throws {CsvInputError} naming the file, line and column: `models/ice/offices.csv, line 3: expected 3 fields, found 2`
 */
export async function readTable(file: string, spec: TableSpec, onWarning: OnWarning): Promise<TableRow[]> {
  // CR alone ends a line in files from older spreadsheets; as LF it keeps every line's number.
  const text = decodeText(await readBytes(file, file), file).replace(/\r\n?/g, '\n');
  let header: TableHeader | undefined;
  const rows: TableRow[] = [];
  const options = {
    delimiter: undefined,
    detected(delimiter: keyof typeof DELIMITER_NAMES, line: number) {
      if (delimiter !== ',') onWarning(inputWarning(`the columns are separated by ${DELIMITER_NAMES[delimiter]}, not commas; read as such`, file, line));
    },
    delimiterAdvice: 'quote a column name that holds a comma or semicolon',
    parser: 'fast',
    encoding: 'utf-8',
    file,
  } as const;
  await readCsv([text], options, {
    row(row) {
      const fields = row.toArray().map((field) => field.trim());
      if (fields.every((field) => field === '')) return;
      if (!header) {
        header = tableHeader(fields, spec, file, row.line);
        return;
      }
      rows.push({ line: row.line, cells: header.cells(fields, row.line) });
    },
    problem(reason, line, endLine) {
      throw new CsvInputError(reason, { file, line, endLine });
    },
  });
  if (!header) throw new CsvInputError('the file is empty: a table needs a header line', { file });
  return rows;
}
