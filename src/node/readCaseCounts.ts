import { createReadStream } from 'node:fs';
import { CsvInputError } from './CsvInputError.js';
import type { CsvRow } from './csv/CsvRow.js';
import { readCsv, type CsvParser, type TextSource } from './csv/readCsv.js';
import { quotedList } from '../internal/quotedList.js';

export interface ReadCaseCountsOptions {
  /** The column with the office id. Default `"office"`. */
  officeColumn?: string;
  /** The column with the case type. Default `"case_type"`. */
  caseTypeColumn?: string;
  /** Default `","`. */
  delimiter?: string;
  /** The export's own case-type codes mapped to the model's ids; a code not in it is a bad row. */
  caseTypeMap?: Readonly<Record<string, string>>;
  /** The model's case-type ids: a case type outside them (after the map) is a bad row. */
  caseTypes?: Iterable<string>;
  /** What a bad row does: `"throw"` (default) stops with its line; `"skip"` lists it and reads on. */
  onInvalid?: 'throw' | 'skip';
  /** How many skipped rows to list; `skippedCount` counts them all. Default 100. */
  maxSkippedListed?: number;
  /** Default `"fast"`; `"csv-parse"` reads through csv-parse, with the same results (and slower). */
  parser?: CsvParser;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface CaseCounts {
  /** Cases per office and case type (null-prototype records), in the order first seen. */
  counts: Record<string, Record<string, number>>;
  /** Rows counted. */
  rows: number;
  /** Rows skipped (with `onInvalid: "skip"`), the first `maxSkippedListed` of them. */
  skipped: SkippedRow[];
  skippedCount: number;
}

/** A file path, a Node readable stream, or any (async) iterable of text or bytes. */
export type CaseSource = string | TextSource;

/**
 * Counts cases per office and case type from a case-level CSV export, one row per case, streaming:
 * memory holds the counts, not the rows. The first line is the header. A byte-order mark, CRLF line
 * ends and quoted fields (RFC 4180) are read as such; blank lines are passed over.
 *
 * @throws {CsvInputError} for a file that cannot be read or a header without the columns (always), and
 *   with `onInvalid: "throw"` for the first bad row: `cases.csv line 17: expected 5 fields, found 4`,
 *   `line 9: case type code "XX" is not in the case-type map`, `line 4: column "office" is empty`
 * @example
 * const { counts, rows } = await readCaseCounts('cases.csv', { caseTypeMap: { ND: 'non-detained' } })
 * counts['washington-dc']['non-detained'] // => 10156
 */
export async function readCaseCounts(source: CaseSource, options: ReadCaseCountsOptions = {}): Promise<CaseCounts> {
  const officeColumn = options.officeColumn ?? 'office';
  const caseTypeColumn = options.caseTypeColumn ?? 'case_type';
  const map = options.caseTypeMap;
  const known = options.caseTypes ? new Set(options.caseTypes) : undefined;
  const skip = (options.onInvalid ?? 'throw') === 'skip';
  const maxListed = options.maxSkippedListed ?? 100;
  const file = typeof source === 'string' ? source : undefined;
  const place = (line: number, column?: string) => ({ ...(file === undefined ? {} : { file }), line, ...(column === undefined ? {} : { column }) });

  const input = typeof source === 'string' ? createReadStream(source) : source;
  const totals = new Map<string, number>(); // "office\0caseType" -> count: one lookup per row
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  let rows = 0;
  let width = 0;
  let officeAt = -1;
  let caseTypeAt = -1;

  const bad = (line: number, reason: string, column?: string): void => {
    if (!skip) throw new CsvInputError(reason, place(line, column));
    skippedCount++;
    if (skipped.length < maxListed) skipped.push({ line, reason: column === undefined ? reason : `column "${column}": ${reason}` });
  };

  const count = (row: CsvRow): void => {
    const line = row.line;
    if (width === 0) {
      const header = row.toArray();
      officeAt = header.indexOf(officeColumn);
      caseTypeAt = header.indexOf(caseTypeColumn);
      for (const [column, at] of [[officeColumn, officeAt], [caseTypeColumn, caseTypeAt]] as const) {
        if (at === -1) throw new CsvInputError(`the header has no column "${column}" (columns: ${quotedList(header)})`, place(line));
      }
      width = header.length;
      return;
    }
    if (row.size !== width) return bad(line, `expected ${width} fields, found ${row.size}`);
    const office = row.field(officeAt);
    let caseType = row.field(caseTypeAt);
    if (office === '' || office.includes('\0')) return bad(line, office === '' ? 'is empty' : 'contains a NUL character', officeColumn);
    if (map) {
      const mapped = Object.hasOwn(map, caseType) ? map[caseType] : undefined;
      if (mapped === undefined) return bad(line, `case type code "${caseType}" is not in the case-type map`, caseTypeColumn);
      caseType = mapped;
    } else if (caseType === '') {
      return bad(line, 'is empty', caseTypeColumn);
    }
    if (known && !known.has(caseType)) {
      return bad(line, `unknown case type "${caseType}" (case types: ${quotedList(known)})`, caseTypeColumn);
    }
    const key = `${office}\0${caseType}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
    rows++;
  };
  const problem = (reason: string, line: number): void => {
    if (width === 0) throw new CsvInputError(reason, place(line));
    bad(line, reason);
  };

  try {
    await readCsv(input, options.delimiter ?? ',', options.parser ?? 'fast', { row: count, problem });
  } catch (error) {
    if (error instanceof CsvInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CsvInputError(code ? `cannot read the file (${code})` : `cannot read the cases: ${(error as Error).message}`, file === undefined ? {} : { file });
  }
  if (width === 0) throw new CsvInputError('no header line: the input is empty', file === undefined ? {} : { file });

  const counts: Record<string, Record<string, number>> = Object.create(null);
  for (const [key, count] of totals) {
    const cut = key.indexOf('\0');
    const office = key.slice(0, cut);
    (counts[office] ??= Object.create(null) as Record<string, number>)[key.slice(cut + 1)] = count;
  }
  return { counts, rows, skipped, skippedCount };
}
