/**
 * The counting behind readCaseCounts, wherever it runs (Node's readCaseCounts and the browser's, in
 * src/csv/): the records `read` gives go through a CaseCounter, and its totals become CaseCounts.
 */
import { emptyRecord } from '../../internal/records.js';
import { plural } from '../../internal/plural.js';
import { DELIMITER_NAMES, type TableDelimiter } from './detectDelimiter.js';
import { CsvInputError } from '../CsvInputError.js';
import type { CaseCounts } from '../readCaseCounts.js';
import { CaseCounter, MULTILINE_LISTED } from './CaseCounter.js';
import type { CountRules } from './countRules.js';

/** Counts the records `read` hands to its handler by `rules`. */
export async function countCases(rules: CountRules, read: (counter: CaseCounter) => Promise<void>): Promise<CaseCounts> {
  const counter = new CaseCounter(rules);
  await read(counter);
  if (!counter.headerRead) {
    throw new CsvInputError('no header line: the input is empty', { file: rules.file });
  }

  const counts = emptyRecord<Record<string, number>>();
  let cases = 0;
  counter.targets.forEach(({ office, caseType }, target) => {
    if (counter.rowsOf[target] === 0) return; // seen only in rows skipped for their count
    const total = counter.totals[target]!;
    if (!Number.isSafeInteger(total)) {
      throw new CsvInputError(`the cases of office "${office}", case type "${caseType}" add up to more than ${Number.MAX_SAFE_INTEGER}`, { file: rules.file });
    }
    (counts[office] ??= emptyRecord<number>())[caseType] = total;
    cases += total;
  });
  const { multiline } = counter;
  const warnings = [...counter.warnings];
  if (multiline.count > 0) {
    const places = multiline.first.map(({ line, endLine }) => `${line}-${endLine}`).join(', ');
    warnings.push(
      `${plural(multiline.count, 'record')} ${multiline.count === 1 ? 'spans' : 'span'} several lines (lines ${places}${multiline.count > MULTILINE_LISTED ? ', ...' : ''}): ` +
        'a line break inside quotes is legal CSV, but in an export of one row per case a stray quote is the likelier cause',
    );
  }
  return {
    counts,
    rows: counter.rows,
    cases,
    skipped: counter.skipped,
    skippedCount: counter.skippedCount,
    skippedLines: counter.skippedLines,
    multilineRecords: { count: multiline.count, first: multiline.first },
    warnings,
  };
}

/** Adds to `warnings` the warning for a delimiter found from the header line (none for a comma, the default). */
export function warnDetected(warnings: string[], delimiter: TableDelimiter, line: number): void {
  if (delimiter === ',') return;
  warnings.push(
    `the columns are separated by ${DELIMITER_NAMES[delimiter]}, found from the header line (line ${line}) as no delimiter was given; ` +
    'read as such (give the delimiter option, CLI --delimiter, to read it otherwise)',
  );
}
