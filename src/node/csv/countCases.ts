/**
 * The counting behind readCaseCounts, wherever it runs (Node's readCaseCounts and the browser's, in
 * src/csv/): the records `read` gives go through a CaseCounter, and its totals become CaseCounts.
 */
import { emptyRecord } from '../../internal/records.js';
import { CsvInputError } from '../CsvInputError.js';
import type { CaseCounts } from '../readCaseCounts.js';
import { CaseCounter, MULTILINE_LISTED } from './CaseCounter.js';
import type { CountRules } from './countRules.js';
import type { CsvHandler } from './CsvRow.js';

/** Counts the records `read` hands to its handler by `rules`. */
export async function countCases(rules: CountRules, read: (handle: CsvHandler) => Promise<void>): Promise<CaseCounts> {
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
      `${multiline.count} record(s) span several lines (lines ${places}${multiline.count > MULTILINE_LISTED ? ', ...' : ''}): ` +
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
