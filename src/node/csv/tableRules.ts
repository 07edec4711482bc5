/** The options every named-column table reader takes (readTimeStudy, readStudyCaseloads), checked where they enter. */
import { describeValue } from '../../internal/describeValue.js';
import { checkParser } from './countRules.js';
import { checkDelimiter, checkEncoding } from './csvOptions.js';
import type { CsvParser, ReadCsvOptions } from './readCsv.js';

/** How a CSV table is read: its delimiter, encoding and parser (the options every CSV reader takes). */
export interface TableReadOptions {
  /**
   * One ASCII character other than a quote or a line break. Default: the one a first line `sep=;`
   * states (Excel's; one given that disagrees is an error), else found from the header line (comma,
   * semicolon or tab), with a warning when not a comma.
   */
  delimiter?: string;
  /**
   * The file's encoding, any WHATWG label (`"windows-1252"`, `"latin1"`, `"utf-16le"`, ...). Default
   * UTF-8, checked: bytes that are not UTF-8 are an error with their line. A byte-order mark
   * (UTF-8, UTF-16LE, UTF-16BE) overrides it.
   */
  encoding?: string;
  /** Default `"fast"`; `"csv-parse"` reads through csv-parse, with the same results (and slower). */
  parser?: CsvParser;
}

/** What a bad row does, and how many are listed: the table readers' rules. */
export interface RowRules {
  file: string | undefined;
  skip: boolean;
  maxSkippedListed: number;
}

/**
 * The source and options, checked: a TypeError for a wrong type, a RangeError for a wrong value.
 * `reader` names the function in messages.
 */
export function tableRules(
  reader: string,
  source: unknown,
  options: unknown,
): { csv: ReadCsvOptions; rows: RowRules } {
  const iterable = source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source);
  if (typeof source !== 'string' && !iterable) {
    throw new TypeError(`${reader}: source must be a file path or an (async) iterable of text or bytes, got ${describeValue(source)}`);
  }
  if (options === null || typeof options !== 'object') throw new TypeError(`${reader}: options must be an object, got ${describeValue(options)}`);
  const o = options as TableReadOptions & { onInvalid?: unknown; maxSkippedListed?: unknown };
  const onInvalid = o.onInvalid ?? 'throw';
  if (onInvalid !== 'throw' && onInvalid !== 'skip') throw new RangeError(`onInvalid: expected "throw" or "skip", got ${describeValue(onInvalid)}`);
  const maxSkippedListed = o.maxSkippedListed ?? 100;
  if (typeof maxSkippedListed !== 'number' || !Number.isSafeInteger(maxSkippedListed) || maxSkippedListed < 0) {
    throw new RangeError(`maxSkippedListed: expected a whole number >= 0, got ${describeValue(maxSkippedListed)}`);
  }
  const file = typeof source === 'string' ? source : undefined;
  return {
    csv: {
      delimiter: o.delimiter === undefined ? undefined : checkDelimiter(o.delimiter), // undefined: found from the header
      encoding: checkEncoding(o.encoding ?? 'utf-8'),
      parser: checkParser(o.parser ?? 'fast'),
      file,
    },
    rows: { file, skip: onInvalid === 'skip', maxSkippedListed },
  };
}
