/**
 * CSV records from a file path or from text or bytes in chunks, in Node: readRecords.ts with Node's
 * native UTF-8 check and csv-parse.
 */
import { isUtf8 } from 'node:buffer';
import type { CsvHandler } from './CsvRow.js';
import { csvParseRecords } from './csvParseRecords.js';
import { openRawInput } from './FileInput.js';
import type { TextSource } from './RawInput.js';
import { readRecords, type ReadCsvOptions } from './readRecords.js';

export type { TextSource } from './RawInput.js';
export { MAX_RECORD_BYTES, type CsvParser, type ReadCsvOptions } from './readRecords.js';

/** Reads every record, in file order, into `handle`. */
export async function readCsv(source: string | Uint8Array | TextSource, options: ReadCsvOptions, handle: CsvHandler): Promise<void> {
  const file = options.file ?? (typeof source === 'string' ? source : undefined);
  await readRecords(() => openRawInput(source), { ...options, file }, handle, { isUtf8, csvParse: csvParseRecords });
}
