/**
 * CSV records with their lines, from any input, by one of two parsers that give the same records: a
 * byte scanner of our own (scanRecords.ts, the default, for speed) and csv-parse (csvParseRecords.ts,
 * Node only). Both read through the same ByteWindow, so the encoding rules are one. docs/data.md,
 * "How a CSV file is read", states the rules. No Node here: what differs between Node and a browser
 * (the UTF-8 check, csv-parse) comes in as a `CsvPlatform`; readCsv.ts is the Node side.
 */
import { CsvInputError } from '../CsvInputError.js';
import { ByteWindow } from './ByteWindow.js';
import type { CsvHandler } from './CsvRow.js';
import type { RawInput } from './RawInput.js';
import { scanRecords } from './scanRecords.js';
import { detectDelimiter, type TableDelimiter } from './detectDelimiter.js';
import { peekHeaderLine, peekSepLine, statedDelimiterOf } from './firstLines.js';

/** The CSV reader: `fast`, the byte scanner of this package (default), or `csv-parse`, which gives the same records more slowly (Node only). */
export type CsvParser = 'fast' | 'csv-parse';

export interface ReadCsvOptions {
  /**
   * One ASCII character other than a quote or a line break (checked by `checkDelimiter`); undefined:
   * found from the header line (detectDelimiter.ts), and told to `detected`.
   */
  delimiter: string | undefined;
  /**
   * Called with the delimiter found from the header line, and the line, when `delimiter` is undefined
   * and the file does not state its delimiter on a `sep=` first line.
   */
  detected?: (delimiter: TableDelimiter, line: number) => void;
  /** What to do when the header line cannot tell the delimiter. Default: give the delimiter option. */
  delimiterAdvice?: string;
  parser: CsvParser;
  /** A WHATWG encoding label, checked by `checkEncoding`; a byte-order mark overrides it. */
  encoding: string;
  /** The file's name for messages, when the source is not a path. */
  file?: string | undefined;
  /** A record longer than this many bytes (before its line break) is a problem, not a record. Default 4 MiB. */
  maxRecordBytes?: number;
}

/** What reading takes from where it runs. */
export interface CsvPlatform {
  /** True when the bytes are UTF-8 (node:buffer's `isUtf8` in Node). */
  isUtf8(bytes: Uint8Array): boolean;
  /** The csv-parse reader, where there is one (Node); `firstLine` is the line at the window's start. */
  csvParse?: (window: ByteWindow, delimiter: string, handle: CsvHandler, maxRecordBytes: number, firstLine: number) => Promise<void>;
}

/** Records longer than this are refused, so that a stray quote cannot make the reader hold the file. */
export const MAX_RECORD_BYTES = 4 * 2 ** 20;

/**
 * Reads every record of the input `open` gives, in file order, into `handle`; closes the input. A
 * first line `sep=;` (Excel's way to state the delimiter) is read as the delimiter and is not a
 * record; the lines after it keep their numbers in the file.
 *
 * @throws {CsvInputError} when the `sep=` line and the `delimiter` option disagree (statedDelimiterOf)
 */
export async function readRecords(open: () => Promise<RawInput>, options: ReadCsvOptions, handle: CsvHandler, platform: CsvPlatform): Promise<void> {
  const { file } = options;
  if (options.parser === 'csv-parse' && !platform.csvParse) {
    throw new RangeError('parser: "csv-parse" needs Node (staffing-model/node); here the fast scanner reads');
  }
  let input: RawInput | undefined;
  try {
    input = await open();
    const window = await ByteWindow.open(input, options.encoding, platform.isUtf8);
    const maxRecordBytes = options.maxRecordBytes ?? MAX_RECORD_BYTES;
    let delimiter = options.delimiter;
    let firstLine = 1;
    const first = await peekSepLine(window, maxRecordBytes);
    const stated = first === undefined ? undefined : statedDelimiterOf(first.text, options.delimiter);
    if (first !== undefined && stated !== undefined) {
      delimiter = stated;
      window.start += first.next;
      firstLine = 2;
    } else if (delimiter === undefined) {
      const { header, line } = await peekHeaderLine(window, maxRecordBytes);
      const found = detectDelimiter(header, { line }, options.delimiterAdvice ?? 'give the delimiter (the delimiter option; CLI --delimiter)');
      options.detected?.(found, line);
      delimiter = found;
    }
    if (options.parser === 'fast') await scanRecords(window, delimiter.charCodeAt(0), handle, maxRecordBytes, firstLine);
    else await platform.csvParse!(window, delimiter, handle, maxRecordBytes, firstLine);
  } catch (error) {
    if (error instanceof CsvInputError) throw error.inFile(file);
    if (error instanceof TypeError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new CsvInputError(typeof code === 'string' ? `cannot read the file (${code})` : `cannot read the input: ${(error as Error).message}`, { file });
  } finally {
    await input?.close().catch(() => {});
  }
}
