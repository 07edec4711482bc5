/**
 * CSV records with their line numbers, from text or bytes in chunks, by one of two parsers that give
 * the same records: csv-parse, and a faster scanner of our own (scanRecords.ts).
 */
import { CsvInputError } from '../CsvInputError.js';
import type { CsvHandler } from './CsvRow.js';
import { csvParseRecords } from './csvParseRecords.js';
import { scanRecords } from './scanRecords.js';

export type CsvParser = 'fast' | 'csv-parse';

/** Text or bytes in chunks: a Node stream, an async generator, or an array of strings. */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** Reads every record, in file order, into `handle`. */
export function readCsv(source: TextSource, delimiter: string, parser: CsvParser, handle: CsvHandler): Promise<void> {
  if (delimiter.length === 0 || /["\r\n]/.test(delimiter)) {
    throw new CsvInputError(`the delimiter must be a character other than a quote or a line break, got ${JSON.stringify(delimiter)}`);
  }
  return parser === 'fast' ? scanRecords(source, delimiter, handle) : csvParseRecords(source, delimiter, handle);
}
