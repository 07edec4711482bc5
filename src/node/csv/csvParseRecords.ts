/**
 * The same records through csv-parse (`parser: 'csv-parse'`): the reference the fast scanner is
 * checked against. csv-parse cuts the records and fields (line ends LF, CRLF and CR; quotes with
 * `relax_quotes`, so that a quote out of place never makes it drop a record we then cannot place);
 * each record's raw text gives its lines and its quote problems (quoteProblems.ts).
 */
import { parse } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import { CsvInputError } from '../CsvInputError.js';
import type { ByteWindow } from './ByteWindow.js';
import { CsvRow, type CsvHandler } from './CsvRow.js';
import { checkRecord, problemReason, tooLong } from './quoteProblems.js';

/** Reads every record of the window into `handle`; `firstLine` is the line of the file at the window's start. */
export async function csvParseRecords(window: ByteWindow, delimiter: string, handle: CsvHandler, maxRecordBytes: number, firstLine: number): Promise<void> {
  // Line breaks in the text handed to csv-parse: where the text stops when bytes that are not text follow.
  let breaksFed = 0;
  let endedWithCr = false;
  async function* text(): AsyncGenerator<Buffer> {
    for (;;) {
      if (window.start < window.end) {
        const chunk = Buffer.from(window.bytes.subarray(window.start, window.end));
        window.start = window.end;
        for (let i = 0; i < chunk.length; i++) {
          const afterCr = i === 0 ? endedWithCr : chunk[i - 1] === 13;
          if (chunk[i] === 13 || (chunk[i] === 10 && !afterCr)) breaksFed++;
        }
        endedWithCr = chunk[chunk.length - 1] === 13;
        yield chunk;
      }
      if (window.done) return;
      await window.more();
    }
  }

  let unclosed: string | undefined;
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    raw: true,
    // The one error left with relax_quotes: the input ends inside quotes.
    skip_records_with_error: true,
    on_skip: (_error, raw) => {
      unclosed = raw;
      return undefined;
    },
  });
  // pipeline, unlike pipe, passes a source's error (an unreadable file) on to the reader.
  const records = pipeline(Readable.from(text()), parser, () => {}) as AsyncIterable<{ record: string[]; raw: string }>;
  const stopAt = () => (window.failure === undefined ? Infinity : firstLine + breaksFed);
  const row = new CsvRow();
  let line = firstLine; // the line the next record starts on
  for await (const { record, raw } of records) {
    const { problem, breaks } = checkRecord(raw, delimiter);
    // A record cut short by bytes that are not text is not a record.
    if (line + breaks >= stopAt()) break;
    if (Buffer.byteLength(raw.replace(/[\r\n]$/, '')) > maxRecordBytes) handle.problem(tooLong(maxRecordBytes), line, line + breaks);
    else if (problem.kind !== 'none') handle.problem(problemReason(problem, line), line, line + breaks);
    else if (record.some((field) => field !== '')) {
      row.setFields(record, line, line + breaks);
      handle.row(row);
    }
    line += breaks + 1;
  }
  if (window.failure !== undefined) throw new CsvInputError(window.failure, { line: stopAt() });
  if (unclosed !== undefined) {
    const { problem, breaks } = checkRecord(unclosed, delimiter);
    handle.problem(problemReason(problem, line), line, line + breaks);
  }
}
