/**
 * The fast CSV scanner: one pass over the bytes of the window (ByteWindow.ts), cutting each record
 * into byte ranges of a reusable row view; nothing is decoded unless the reader asks for a field.
 * It exists for speed: see bench/ingest.mjs and docs/data.md. The rules are those of docs/data.md,
 * "How a CSV file is read", and csv-parse with `relax_quotes` reads the same records
 * (csvParseRecords.ts; test/node/csv/parserPaths.test.ts checks that the two agree).
 */
import { CsvInputError } from '../CsvInputError.js';
import type { ByteWindow } from './ByteWindow.js';
import type { CsvHandler } from './CsvRow.js';
import { LongRecord } from './LongRecord.js';
import { problemReason, tooLong } from './quoteProblems.js';
import { RecordScanner } from './RecordScanner.js';

const LF = 10;
const CR = 13;

/**
 * Reads every record of the window, in file order, into `handle`. A record longer than
 * `maxRecordBytes` is not kept (LongRecord.ts): it is a problem, whatever its quotes. `firstLine` is
 * the line of the file at the window's start (2 after a `sep=` line).
 */
export async function scanRecords(window: ByteWindow, delimiter: number, handle: CsvHandler, maxRecordBytes: number, firstLine: number): Promise<void> {
  const scanner = new RecordScanner(delimiter);
  const row = scanner.row;
  let line = firstLine; // the line the next record starts on
  let pos = window.start;
  for (;;) {
    const { bytes, end } = window;
    // Nothing more to read after `end`: at the end of the input, or before bytes that are not text.
    const noMore = window.done;
    const atEnd = noMore && window.failure === undefined;
    row.viewBytes(bytes);
    while (pos < end) {
      const next = scanner.scan(bytes, pos, end, atEnd, noMore);
      if (next === -1) break;
      const endLine = line + scanner.breaks;
      const { problem } = scanner;
      if (problem.kind !== 'unclosed' && scanner.contentEnd - pos > maxRecordBytes) handle.problem(tooLong(maxRecordBytes), line, endLine);
      else if (problem.kind !== 'none') handle.problem(problemReason(problem, line), line, endLine);
      else if (!scanner.blank) {
        row.line = line;
        row.endLine = endLine;
        handle.row(row);
      }
      line = endLine + 1;
      pos = next;
    }
    if (window.done) {
      // Only when the input goes on with bytes that are not text is anything left.
      if (window.failure !== undefined) throw new CsvInputError(window.failure, { line: line + countLineBreaks(bytes, pos, end) });
      return;
    }
    // The record at `pos` goes on past `end`: past the limit, read on through it without keeping it.
    if (end - pos - 1 > maxRecordBytes) {
      const long = await readOnThrough(window, pos, delimiter, line);
      handle.problem(long.problem ? problemReason(long.problem, line) : tooLong(maxRecordBytes), line, line + long.breaks);
      line += long.breaks + 1;
      pos = long.next;
      continue;
    }
    window.start = pos;
    pos -= await window.more();
  }
}

/** Reads on through a record too long to keep, from `pos`, dropping its bytes as it goes. */
async function readOnThrough(window: ByteWindow, pos: number, delimiter: number, line: number) {
  const long = new LongRecord(delimiter);
  let from = pos;
  for (;;) {
    const step = long.feed(window.bytes, from, window.end, window.done && window.failure === undefined, window.done);
    if ('next' in step) return { next: step.next, breaks: long.breaks, problem: long.problem() };
    if (window.done) {
      throw new CsvInputError(window.failure!, { line: line + long.breaks + countLineBreaks(window.bytes, step.consumed, window.end) });
    }
    window.start = step.consumed;
    from = step.consumed - (await window.more());
  }
}

/** Line breaks (LF, CRLF, CR) in `bytes[from, to)`. */
export function countLineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === LF) breaks++;
    else if (bytes[i] === CR && bytes[i + 1] !== LF) breaks++;
  }
  return breaks;
}
