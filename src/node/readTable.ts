import { readFile } from 'node:fs/promises';
import { CsvInputError } from './CsvInputError.js';
import { readCsv } from './csv/readCsv.js';

/** One row of a small CSV table: its line and its cells by column name. */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a small CSV table (a spreadsheet saved as CSV) whole, checking its columns: every column in
 * `required` must be in the header, and every header column must be in `required` or `optional`.
 *
 * @throws {CsvInputError} naming the file, line and column
 */
export async function readTable(path: string, name: string, required: readonly string[], optional: readonly string[]): Promise<TableRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CsvInputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: name });
  }
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  await readCsv(
    [text],
    ',',
    'fast',
    {
      row(row) {
        if (!header) {
          header = row.toArray().map((column) => column.trim());
          // A typo in a column name shows as an unknown column before the column it misspells goes missing.
          for (const column of header) {
            if (!required.includes(column) && !optional.includes(column)) {
              throw new CsvInputError(`unknown column (columns: ${[...required, ...optional].join(', ')})`, { file: name, line: row.line, column });
            }
          }
          for (const column of required) {
            if (!header.includes(column)) throw new CsvInputError(`the header has no column "${column}" (columns: ${header.join(', ')})`, { file: name, line: row.line });
          }
          return;
        }
        if (row.size !== header.length) throw new CsvInputError(`expected ${header.length} fields, found ${row.size}`, { file: name, line: row.line });
        const cells: Record<string, string> = Object.create(null);
        header.forEach((column, i) => (cells[column] = row.field(i).trim()));
        rows.push({ line: row.line, cells });
      },
      problem(reason, line) {
        throw new CsvInputError(reason, { file: name, line });
      },
    },
  );
  return rows;
}
