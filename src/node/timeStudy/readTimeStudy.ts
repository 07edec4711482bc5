import type { TimeStudyEntry } from '../../timestudy/types.js';
import { CsvInputError } from '../CsvInputError.js';
import { NamedColumnRows } from '../csv/NamedColumnRows.js';
import { readCsv } from '../csv/readCsv.js';
import { warnDetected } from '../csv/countCases.js';
import { tableRules, type TableReadOptions } from '../csv/tableRules.js';
import type { CaseSource, CsvReadTally } from '../readCaseCounts.js';
import { casesOf, filled, isoDate, minutesOf } from './cellValues.js';

/** How `readTimeStudy` reads the log: the CSV options of every table, and what a bad row does. */
export interface ReadTimeStudyOptions extends TableReadOptions {
  /** What a bad row does: `"throw"` (default) stops with its line; `"skip"` lists it and reads on. */
  onInvalid?: 'throw' | 'skip';
  /** How many skipped rows to list; `skippedCount` and `skippedLines` count them all. Default 100. */
  maxSkippedListed?: number;
}

/** What `readTimeStudy` gives: the log's entries with their lines, and what was skipped or is worth a look. */
export interface TimeStudyLog extends CsvReadTally {
  /** The entries, in file order, ready for `summarizeTimeStudy`. */
  entries: TimeStudyEntry[];
  /** The line each entry's row starts on (`lines[i]` for `entries[i]`): where an issue about `entries[i]` is in the file. */
  lines: number[];
  /** Rows read as entries. */
  rows: number;
}

export const LOG_COLUMNS = {
  required: ['officer', 'date', 'case_type', 'task', 'minutes'],
  optional: ['office', 'cases'],
  what: 'a time-study log',
} as const;

/**
 * Reads a time-study log from CSV, one row per logged activity, streaming, by the rules of
 * `readCaseCounts` (docs/data.md, "How a CSV file is read": line ends LF, CRLF and CR; UTF-8
 * checked, UTF-16 by its byte-order mark, others by `encoding`; quotes as RFC 4180; blank rows passed
 * over; header names trimmed and ignoring case). Columns: `officer`, `date` (ISO, `2026-03-02`),
 * `case_type` (blank for non-case work), `task`, `minutes` (> 0); optional `office`, `cases` (whole,
 * >= 1, blank for 1). Other columns are not read, with a warning; rows that repeat an earlier row exactly are counted, with a warning naming the first five.
 *
 * @throws {TypeError} `readTimeStudy: source must be a file path or an (async) iterable of text or bytes, got null`
 * @throws {RangeError} for a bad option: `onInvalid: expected "throw" or "skip", got "drop"`
 * @throws {CsvInputError} for a file that cannot be read, bytes that are not text in its encoding, a
 *   header without the columns (always), and with `onInvalid: "throw"` for the first bad row:
 *   `log.csv, line 1: the header has no column "minutes" (columns: "officer", "date", "case_type", "task", "minute"; ...); did you mean "minute" for "minutes"?`,
 *   `log.csv, line 7, column "minutes": expected minutes > 0, such as 20 or 12.5, got "-5"`,
 *   `log.csv, line 7, column "minutes": expected minutes > 0, such as 20 or 12.5, got "1:30"; for 1 h 30 min as h:mm, write the minutes: 90`,
 *   `log.csv, line 9, column "date": expected an ISO date such as "2026-03-02", got "2026-02-30" (February 2026 has 28 days)`
 * @example
 * const log = await readTimeStudy('fixtures/time-study/log.csv')
 * log.entries[0] // => { officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20, office: 'dc' }
 * summarizeTimeStudy(log.entries, { studyWorkdays: 4, caseloads: { nd: 100 } })
 */
export async function readTimeStudy(source: CaseSource, options: ReadTimeStudyOptions = {}): Promise<TimeStudyLog> {
  const { csv, rows: rules } = tableRules('readTimeStudy', source, options);
  const entries: TimeStudyEntry[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  const repeats: { line: number; first: number }[] = [];
  let unlisted = 0;
  const table = new NamedColumnRows(LOG_COLUMNS, rules, (cell, line) => {
    const caseType = cell('case_type')!;
    const office = cell('office');
    const cases = cell('cases');
    entries.push({
      officer: filled(cell('officer')!, 'officer', 'an officer'),
      date: isoDate(cell('date')!, 'date'),
      ...(caseType === '' ? {} : { caseType }),
      task: filled(cell('task')!, 'task', 'a task (a case task, or non-case work such as "training")'),
      minutes: minutesOf(cell('minutes')!, 'minutes'),
      ...(office === undefined || office === '' ? {} : { office }),
      ...(cases === undefined || cases === '' ? {} : { cases: casesOf(cases, 'cases') }),
    });
    lines.push(line);
    const key = JSON.stringify(entries.at(-1));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else if (repeats.length < 5) repeats.push({ line, first });
    else unlisted++;
  });
  await readCsv(source, { ...csv, detected: (delimiter, line) => warnDetected(table.warnings, delimiter, line) }, table);
  if (!table.headerRead) throw new CsvInputError('no header line: the input is empty', { file: rules.file });
  const multiline = table.multilineWarning();
  const warnings = multiline === undefined ? table.warnings : [...table.warnings, multiline];
  const repeatCount = repeats.length + unlisted;
  if (repeatCount > 0) {
    const listed = repeats.map((r) => `line ${r.line} repeats line ${r.first}`).join(', ');
    warnings.push(`${repeatCount === 1 ? '1 row repeats' : `${repeatCount} rows repeat`} an earlier row exactly (${listed}${unlisted > 0 ? `, and ${unlisted} more` : ''}): logged twice? They are all counted`);
  }
  return {
    entries,
    lines,
    rows: table.rows,
    skipped: table.skipped,
    skippedCount: table.skippedCount,
    skippedLines: table.skippedLines,
    multilineRecords: { count: table.multiline.count, first: table.multiline.first },
    warnings,
  };
}
