/**
 * CSV records with their lines, from a file or from text or bytes in chunks, by one of two parsers
 * that give the same records: a byte scanner of our own (scanRecords.ts, the default, for speed) and
 * csv-parse (csvParseRecords.ts). Both read through the same ByteWindow, so the encoding rules are
 * one. docs/data.md, "How a CSV file is read", states the rules.
 */
import { CsvInputError } from '../CsvInputError.js';
import { ByteWindow } from './ByteWindow.js';
import type { CsvHandler } from './CsvRow.js';
import { csvParseRecords } from './csvParseRecords.js';
import { openRawInput, type RawInput, type TextSource } from './RawInput.js';
import { scanRecords } from './scanRecords.js';
import { detectDelimiter, isBlankLine, type TableDelimiter } from './detectDelimiter.js';

export type { TextSource } from './RawInput.js';

export type CsvParser = 'fast' | 'csv-parse';

export interface ReadCsvOptions {
  /**
   * One ASCII character other than a quote or a line break (checked by `checkDelimiter`); undefined:
   * found from the header line (detectDelimiter.ts), and told to `detected`.
   */
  delimiter: string | undefined;
  /** Called with the delimiter found from the header line, and the line, when `delimiter` is undefined. */
  detected?: (delimiter: TableDelimiter, line: number) => void;
  parser: CsvParser;
  /** A WHATWG encoding label, checked by `checkEncoding`; a byte-order mark overrides it. */
  encoding: string;
  /** The file's name for messages, when the source is not a path. */
  file?: string | undefined;
  /** A record longer than this many bytes (before its line break) is a problem, not a record. Default 4 MiB. */
  maxRecordBytes?: number;
}

/** Records longer than this are refused, so that a stray quote cannot make the reader hold the file. */
export const MAX_RECORD_BYTES = 4 * 2 ** 20;

/** Reads every record, in file order, into `handle`. */
export async function readCsv(source: string | Uint8Array | TextSource, options: ReadCsvOptions, handle: CsvHandler): Promise<void> {
  const file = options.file ?? (typeof source === 'string' ? source : undefined);
  let input: RawInput | undefined;
  try {
    input = await openRawInput(source);
    const window = await ByteWindow.open(input, options.encoding);
    const maxRecordBytes = options.maxRecordBytes ?? MAX_RECORD_BYTES;
    let delimiter = options.delimiter;
    if (delimiter === undefined) {
      const { header, line } = await peekHeaderLine(window, maxRecordBytes);
      const found = detectDelimiter(header, { line }, 'give the delimiter (the delimiter option; CLI --delimiter)');
      options.detected?.(found, line);
      delimiter = found;
    }
    if (options.parser === 'fast') await scanRecords(window, delimiter.charCodeAt(0), handle, maxRecordBytes);
    else await csvParseRecords(window, delimiter, handle, maxRecordBytes);
  } catch (error) {
    if (error instanceof CsvInputError) throw error.inFile(file);
    if (error instanceof TypeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CsvInputError(code ? `cannot read the file (${code})` : `cannot read the input: ${(error as Error).message}`, { file });
  } finally {
    await input?.close().catch(() => {});
  }
}

/**
 * The first line of the window that is not blank (the header) and its number, read ahead without
 * consuming it: the window is filled until that line ends, the input ends, or `maxBytes` are read.
 */
async function peekHeaderLine(window: ByteWindow, maxBytes: number): Promise<{ header: string; line: number }> {
  for (;;) {
    const { bytes, start, end } = window;
    let line = 1;
    let lineStart = start;
    for (let i = start; i < end; i++) {
      const byte = bytes[i];
      if (byte !== 10 && byte !== 13) continue;
      if (byte === 13 && i + 1 === end && !window.done) break; // a CR whose LF may come next: read on
      const text = bytes.toString('utf8', lineStart, i);
      if (!isBlankLine(text)) return { header: text, line };
      if (byte === 13 && bytes[i + 1] === 10) i++;
      line++;
      lineStart = i + 1;
    }
    if (window.done || end - start > maxBytes) return { header: bytes.toString('utf8', lineStart, end), line };
    await window.more();
  }
}
