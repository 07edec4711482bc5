import { emptyRecord } from '../../internal/records.js';
import { officeKey } from '../../model/officeMatcher.js';
import type { StudyCaseloads } from '../../timestudy/types.js';
import { CsvInputError } from '../CsvInputError.js';
import { NamedColumnRows, RowProblem } from '../csv/NamedColumnRows.js';
import { readCsv } from '../csv/readCsv.js';
import { warnDetected } from '../csv/countCases.js';
import { tableRules, type TableReadOptions } from '../csv/tableRules.js';
import type { CaseSource } from '../readCaseCounts.js';
import { caseloadOf, filled } from './cellValues.js';

/** What `readStudyCaseloads` gives: the caseloads the study's officers carried, and what is worth a look. */
export interface StudyCaseloadsFile {
  /** As `summarizeTimeStudy`'s `caseloads` option takes it: per case type, or with an `office` column per office and case type. */
  caseloads: StudyCaseloads;
  /** Rows read. */
  rows: number;
  /** A column that is not read; records over several lines. */
  warnings: string[];
}

const CASELOAD_COLUMNS = { required: ['case_type', 'caseload'], optional: ['office'], what: 'a caseloads table' } as const;

/**
 * Reads the caseloads a time study's officers carried during the study, from CSV: columns `case_type`,
 * `caseload` (cases, >= 0; decimals for an average over the study), and optionally `office`, by the
 * rules of `readTimeStudy`. Without an `office` column the result is per case type (`{ nd: 1200 }`);
 * with one, per office and case type (`{ dc: { nd: 700 } }`) and every row needs an office. Offices and
 * case types match as `officeKey` compares them (trimmed, case and spacing ignored): rows of one office
 * spelled two ways are one office (its first spelling), and only the same office and case type twice is an error. Every row
 * counts, so a bad row is always an error: a caseload left out would raise its case type's frequencies.
 *
 * @throws {TypeError}, {RangeError} for a bad source or option, as readTimeStudy
 * @throws {CsvInputError} `caseloads.csv, line 4, column "caseload": expected a caseload >= 0, such as 1200 or 1,200, got "n/a"`;
 *   `caseloads.csv, line 5: office "dc", case type "nd" is given twice (lines 2 and 5)`
 * @example
 * (await readStudyCaseloads('fixtures/time-study/caseloads.csv')).caseloads // => { dc: { nd: 100 } }
 */
export async function readStudyCaseloads(source: CaseSource, options: TableReadOptions = {}): Promise<StudyCaseloadsFile> {
  const { csv, rows: rules } = tableRules('readStudyCaseloads', source, { ...options, onInvalid: 'throw' });
  const perOffice = emptyRecord<Record<string, number>>();
  const firstLine = new Map<string, number>();
  /** The first spelling of each office (officeKey -> as written): rows of one office spelled two ways merge. */
  const officeSpelling = new Map<string, string>();
  let hasOffices = false;
  const table = new NamedColumnRows(CASELOAD_COLUMNS, rules, (cell, line) => {
    const office = cell('office');
    hasOffices = office !== undefined;
    const caseType = filled(cell('case_type')!, 'case_type', 'a case type');
    const caseload = caseloadOf(cell('caseload')!, 'caseload');
    const where = hasOffices ? filled(office!, 'office', 'an office (the table has an office column)') : '';
    const key = JSON.stringify([officeKey(where), officeKey(caseType)]);
    const first = firstLine.get(key);
    if (first !== undefined) throw new RowProblem(`${hasOffices ? `office "${where}", ` : ''}case type "${caseType}" is given twice (lines ${first} and ${line})`);
    firstLine.set(key, line);
    if (!officeSpelling.has(officeKey(where))) officeSpelling.set(officeKey(where), where);
    (perOffice[officeSpelling.get(officeKey(where))!] ??= emptyRecord<number>())[caseType] = caseload;
  });
  await readCsv(source, { ...csv, detected: (delimiter, line) => warnDetected(table.warnings, delimiter, line) }, table);
  if (!table.headerRead) throw new CsvInputError('no header line: the input is empty', { file: rules.file });
  if (table.rows === 0) throw new CsvInputError('the table has no rows: give a caseload per case type', { file: rules.file });
  const multiline = table.multilineWarning();
  return {
    caseloads: hasOffices ? perOffice : perOffice['']!,
    rows: table.rows,
    warnings: multiline === undefined ? table.warnings : [...table.warnings, multiline],
  };
}
