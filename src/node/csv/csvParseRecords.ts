import { parse } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import { CsvRow, type CsvHandler } from './CsvRow.js';
import type { TextSource } from './readCsv.js';

/** The same records through csv-parse (the reference implementation; `parser: 'csv-parse'`). */
export async function csvParseRecords(source: TextSource, delimiter: string, handle: CsvHandler): Promise<void> {
  const problems: { reason: string; line: number }[] = [];
  const row = new CsvRow();
  const parser = parse({
    bom: true,
    delimiter,
    // Both line ends, even mixed in one file, as the scanner reads them.
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) problems.push({ reason: error.message, line: Number(error.lines) });
      return undefined;
    },
  });
  // pipeline, unlike pipe, passes a source's error (an unreadable file) on to the reader.
  const stream = pipeline(Readable.from(source), parser, () => {});
  for await (const { record, info } of stream as AsyncIterable<{ record: string[]; info: { lines: number; invalid_field_length: number } }>) {
    for (const { reason, line } of problems.splice(0)) handle.problem(reason, line);
    // csv-parse counts the line a record ends on; a record with line breaks in quotes starts earlier.
    let inside = 0;
    for (const field of record) for (let k = field.indexOf('\n'); k !== -1; k = field.indexOf('\n', k + 1)) inside++;
    row.setFields(record, info.lines - inside);
    handle.row(row);
  }
  for (const { reason, line } of problems.splice(0)) handle.problem(reason, line);
}
