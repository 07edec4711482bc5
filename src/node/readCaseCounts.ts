import { countCases, warnDetected } from './csv/countCases.js';
import { checkParser, countRules } from './csv/countRules.js';
import { checkDelimiter, checkEncoding } from './csv/csvOptions.js';
import { readCsv, type CsvParser, type TextSource } from './csv/readCsv.js';

/** What `readCaseCounts` takes beside the source. */
export interface ReadCaseCountsOptions {
  /** The column with the office. Default `"office"`. Header names match trimmed and ignoring case. */
  officeColumn?: string;
  /** The column with the case type. Default `"case_type"`. */
  caseTypeColumn?: string;
  /**
   * A column with a number of cases per row (an aggregated table): each row adds that many. Whole
   * numbers >= 0, with commas between thousands allowed (`"10,156"`). Without it each row is one case.
   */
  countColumn?: string;
  /**
   * One ASCII character other than a quote or a line break. Default: the one a first line `sep=;`
   * states (as Excel writes it; a delimiter given that disagrees is an error), else found from the
   * header line, whichever of comma, semicolon and tab it holds most often outside quotes (a comma
   * when it holds none), with a warning when not a comma; as many of two is an error asking for this option.
   */
  delimiter?: string;
  /**
   * The file's encoding, any WHATWG label (`"windows-1252"`, `"latin1"`, `"utf-16le"`, ...). Default
   * UTF-8, checked: bytes that are not UTF-8 are an error with their line. A byte-order mark
   * (UTF-8, UTF-16LE, UTF-16BE) overrides it.
   */
  encoding?: string;
  /**
   * The export's own case-type codes mapped to the model's ids; a code not in it is a bad row. Codes
   * match as case types do (`matchKey`: trimmed, inner white space one space, case-folded, NFC).
   */
  caseTypeMap?: Readonly<Record<string, string>>;
  /**
   * The model's case-type ids: a case type outside them (after the map) is a bad row. A case type
   * matches an id by `matchKey`, as offices do in withCaseCounts (` Non-Detained ` is `non-detained`),
   * and is counted under the id.
   */
  caseTypes?: Iterable<string>;
  /** What a bad row does: `"throw"` (default) stops with its line; `"skip"` lists it and reads on. */
  onInvalid?: 'throw' | 'skip';
  /** How many skipped rows to list; `skippedCount` and `skippedLines` count them all. Default 100. */
  maxSkippedListed?: number;
  /** Default `"fast"`; `"csv-parse"` reads through csv-parse, with the same results (and slower). */
  parser?: CsvParser;
}

/** A row skipped for being bad (with `onInvalid: "skip"`). */
export interface SkippedRow {
  /** The record's first and last line (the same unless it spans several). */
  line: number;
  /** Its last line. */
  endLine: number;
  /** Why it was skipped. */
  reason: string;
}

/** A record that spans several lines: its first and last line. */
export interface MultilineRecord {
  /** Its first line. */
  line: number;
  /** Its last line. */
  endLine: number;
}

/** What `readCaseCounts` gives: the counts, and what was read and skipped. */
/** What a CSV reader reports beside its result: rows skipped, records over several lines, warnings. */
export interface CsvReadTally {
  /** Rows skipped (with `onInvalid: "skip"`), the first `maxSkippedListed` of them. */
  skipped: SkippedRow[];
  /** Rows skipped in all. */
  skippedCount: number;
  /** The lines of the skipped rows: more than `skippedCount` when a skipped record spans several lines. */
  skippedLines: number;
  /**
   * Records that span several lines (a line break inside quotes): legal CSV, but in a table of one
   * row per case or entry more likely a stray quote. `first` lists the first five.
   */
  multilineRecords: {
    /** How many. */
    count: number;
    /** The first five. */
    first: MultilineRecord[];
  };
  /** Things worth a look that are not errors (a column not read or that looks like a count; multi-line records). */
  warnings: string[];
}

export interface CaseCounts extends CsvReadTally {
  /** Cases per office and case type, as the export writes them (records without inherited members), in the order first seen. */
  counts: Record<string, Record<string, number>>;
  /** Rows counted. */
  rows: number;
  /** Cases counted: `rows`, or with `countColumn` the sum of that column. */
  cases: number;
}

/** A file path, the whole file as bytes, a Node readable stream, or any (async) iterable of text or bytes. */
export type CaseSource = string | Uint8Array | TextSource;

/**
 * Counts cases per office and case type from a case-level CSV export, one row per case (or, with
 * `countColumn`, a number of cases per row), streaming: memory holds the counts, not the rows. The
 * first line that is not blank is the header. docs/data.md, "How a CSV file is read", has every rule:
 * line ends LF, CRLF and CR; UTF-8 checked, UTF-16 by its byte-order mark, others by `encoding`;
 * quotes as RFC 4180; blank rows (`,,`) passed over.
 *
 * @throws {TypeError} `readCaseCounts: source must be a file path or an (async) iterable of text or bytes, got null`
 * @throws {RangeError} for a bad option: `delimiter: expected one ASCII character ...`
 * @throws {CsvInputError} for a file that cannot be read, bytes that are not text in its encoding or a
 *   header without the columns (always), and with `onInvalid: "throw"` for the first bad row:
 *   `cases.csv, line 17: expected 5 fields, found 4`, `cases.csv, lines 3-1004: a quoted field
 *   opened on line 3 is never closed`, `cases.csv, line 9, column "case_type": case type code "XX" is
 *   not in the case-type map`
 * @example
 * const { counts, rows } = await readCaseCounts('fixtures/csv/cases.csv', { caseTypeMap: { ND: 'non-detained', DET: 'detained' } })
 * counts['washington-dc'] // => { 'non-detained': 2, detained: 1 }
 * rows // => 6
 */
export async function readCaseCounts(source: CaseSource, options: ReadCaseCountsOptions = {}): Promise<CaseCounts> {
  const rules = countRules(source, options);
  const csv = {
    delimiter: options.delimiter === undefined ? undefined : checkDelimiter(options.delimiter),
    encoding: checkEncoding(options.encoding ?? 'utf-8'),
    parser: checkParser(options.parser ?? 'fast'),
    file: rules.file,
  };
  return countCases(rules, (counter) =>
    readCsv(source, { ...csv, detected: (delimiter, line) => warnDetected(counter.warnings, delimiter, line) }, counter),
  );
}
