/**
 * The --cases flags as readCaseCounts options, and what reading and matching the export did not
 * count, written to stderr: plain functions, so that any command-line parser can call them.
 *
 * Wiring (src/cli/caseCounts.ts): flags -> `caseCountOptions` -> readCaseCounts -> withCaseCounts (with
 * the --office-map object) -> `reportCaseCounts`, which throws when no row matched an office.
 */
import type { Model } from '../model/types.js';
import type { WithCaseCounts } from '../model/withCaseCounts.js';
import { checkDelimiter, checkEncoding } from '../node/csv/csvOptions.js';
import { CsvInputError } from '../node/CsvInputError.js';
import type { CaseCounts, ReadCaseCountsOptions } from '../node/readCaseCounts.js';
import { quotedList } from '../internal/quotedList.js';
import { plural } from '../internal/plural.js';
import { inCliWords } from './errors.js';

/** The flags of the --cases group, as given on the command line. */
export interface CaseFlags {
  delimiter?: string | undefined;
  officeColumn?: string | undefined;
  caseTypeColumn?: string | undefined;
  countColumn?: string | undefined;
  encoding?: string | undefined;
  skipInvalid?: boolean | undefined;
}

/** The flags that mean something only with --cases, by their CliArgs name. */
export const CASE_FLAGS = {
  caseTypeMap: '--case-type-map',
  officeMap: '--office-map',
  skipInvalid: '--skip-invalid',
  delimiter: '--delimiter',
  officeColumn: '--office-column',
  caseTypeColumn: '--case-type-column',
  countColumn: '--count-column',
  encoding: '--encoding',
} as const;

/**
 * readCaseCounts's options from the flags: the model's case types are the only ones counted.
 * `--delimiter tab` (or `\t`) is a tab.
 *
 * @throws {RangeError} naming the flag: `--delimiter: expected one ASCII character ...`, `--encoding: ...`
 */
export function caseCountOptions(model: Model, flags: CaseFlags, caseTypeMap?: Record<string, string>): ReadCaseCountsOptions {
  const options: ReadCaseCountsOptions = {
    caseTypes: model.caseTypes.map((caseType) => caseType.id),
    onInvalid: flags.skipInvalid ? 'skip' : 'throw',
  };
  if (caseTypeMap) options.caseTypeMap = caseTypeMap;
  if (flags.delimiter !== undefined) options.delimiter = checkDelimiter(flags.delimiter === 'tab' || flags.delimiter === '\\t' ? '\t' : flags.delimiter, '--delimiter');
  if (flags.encoding !== undefined) options.encoding = checkEncoding(flags.encoding, '--encoding');
  if (flags.officeColumn !== undefined) options.officeColumn = flags.officeColumn;
  if (flags.caseTypeColumn !== undefined) options.caseTypeColumn = flags.caseTypeColumn;
  if (flags.countColumn !== undefined) options.countColumn = flags.countColumn;
  return options;
}

/**
 * Writes to `stderr` what was not counted: skipped rows (the first listed, then how many more and
 * how many lines), warnings (multi-line records, a count column not used), office strings that
 * match no office with their cases and the total not counted, and offices left without cases.
 * `where` names the export (its path, or `-` for standard input).
 *
 * @throws {CsvInputError} when no case was counted, or no row matched an office of the model:
 *   `cases.csv: no row matches an office of the model (...); map office names to ids with --office-map FILE`
 */
export function reportCaseCounts(where: string, read: CaseCounts, merged: WithCaseCounts, stderr: (text: string) => void): void {
  const say = (text: string) => stderr(`staffing-model: ${where}${text}\n`);
  for (const row of read.skipped) say(`, ${row.endLine === row.line ? `line ${row.line}` : `lines ${row.line}-${row.endLine}`}: skipped: ${row.reason}`);
  if (read.skippedCount > read.skipped.length) say(`: ${plural(read.skippedCount - read.skipped.length, 'more row', 'more rows')} skipped`);
  if (read.skippedLines > read.skippedCount) say(`: ${plural(read.skippedCount, 'row')} skipped, ${plural(read.skippedLines, 'line')} in all`);
  for (const warning of read.warnings) say(`: warning: ${inCliWords(warning)}`);
  if (merged.matches.length === 0) {
    if (read.rows === 0) throw new CsvInputError(`no case was counted (rows skipped: ${read.skippedCount})`, { file: where });
    const exported = merged.officesNotInModel.map(({ office, cases }) => `"${office}" (${plural(cases, 'case')})`).join(', ');
    throw new CsvInputError(
      `no row matches an office of the model (offices in the export: ${exported}; in the model: ${quotedList(merged.officesWithoutCounts)}); ` +
        'an office matches by its id or name, or map export names to ids with --office-map FILE',
      { file: where },
    );
  }
  // One wording for the lines and their sum: `office "X" is not in the model: N cases not counted`.
  for (const { office, cases } of merged.officesNotInModel) say(`: office "${office}" is not in the model: ${plural(cases, 'case')} not counted`);
  if (merged.officesNotInModel.length > 1) {
    say(`: ${plural(merged.officesNotInModel.length, 'office')} not in the model: ${plural(merged.casesNotCounted, 'case')} not counted in all; map their names to office ids with --office-map FILE`);
  } else if (merged.officesNotInModel.length === 1) {
    say(': map its name to an office id with --office-map FILE');
  }
  for (const office of merged.officesWithoutCounts) say(`: no cases for office "${office}"`);
}
