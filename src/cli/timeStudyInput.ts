/**
 * The timestudy command's inputs: the log and the caseloads read by the library's readers, what they
 * did not read on stderr, and the library's issues about entries placed at their lines in the log.
 */
import { formatPath, type ModelError } from '../model/ModelError.js';
import type { ModelLike } from '../model/types.js';
import { checkDelimiter, checkEncoding } from '../node/csv/csvOptions.js';
import type { TimeStudyLog } from '../node/timeStudy/readTimeStudy.js';
import { CsvInputError } from '../node/CsvInputError.js';
import type { TimeStudyModel } from '../timestudy/timeStudyModel.js';
import type { TimeStudySummary } from '../timestudy/types.js';
import { InputError } from './errors.js';
import { plural } from '../internal/plural.js';
import { STDIN, type CliIO } from './io.js';
import type { Library } from './library.js';

/** The flags that say how both CSV files are read. */
export interface StudyReadFlags {
  caseloads: string;
  studyWorkdays: number;
  workdaysPerYear?: number;
  seed: number;
  encoding?: string;
  delimiter?: string;
  skipInvalid?: boolean;
}

/**
 * Reads the log and the caseloads (what was not read to stderr), summarizes the study and builds its
 * model over `base`; a model that does not load is returned as its problem, so the summary can be printed.
 *
 * @throws {CsvInputError} for a file that cannot be read or a bad row, with file, line and column
 * @throws {InputError} for a log without entries, per-office caseloads with an entry without office,
 *   and any issue of the library's, placed in the files
 */
export async function readStudy(io: CliIO, lib: Library, logFile: string, flags: StudyReadFlags, base: ModelLike | undefined): Promise<{ summary: TimeStudySummary; study: TimeStudyModel } | { summary: TimeStudySummary; problem: InputError }> {
  const csv = {
    ...(flags.encoding === undefined ? {} : { encoding: checkEncoding(flags.encoding, '--encoding') }),
    ...(flags.delimiter === undefined ? {} : { delimiter: checkDelimiter(flags.delimiter === 'tab' || flags.delimiter === '\\t' ? '\t' : flags.delimiter, '--delimiter') }),
  };
  const log = sourceOf(io, logFile);
  const read = await reading(log.where, () => lib.readTimeStudy(log.source, { ...csv, onInvalid: flags.skipInvalid ? 'skip' : 'throw' }));
  reportRead(io, log.where, read);
  const loads = sourceOf(io, flags.caseloads);
  const caseloads = await reading(loads.where, () => lib.readStudyCaseloads(loads.source, csv));
  reportRead(io, loads.where, caseloads);
  if (read.entries.length === 0) throw new InputError(`${log.where}: the log has no entries (rows skipped: ${read.skippedCount})`);
  const perOffice = Object.values(caseloads.caseloads).some((value) => typeof value === 'object');
  const unplaced = read.entries.findIndex((entry) => entry.office === undefined);
  if (perOffice && unplaced >= 0) {
    throw new InputError(`${log.where}, line ${read.lines[unplaced]}: the entry has no office, but the caseloads of ${loads.where} are per office (give the log an office column, or the caseloads none)`);
  }
  const options = {
    studyWorkdays: flags.studyWorkdays,
    caseloads: caseloads.caseloads,
    seed: flags.seed,
    skippedRows: read.skippedCount,
    ...(flags.workdaysPerYear === undefined ? {} : { workdaysPerYear: flags.workdaysPerYear }),
  };
  let summary: TimeStudySummary;
  try {
    summary = lib.summarizeTimeStudy(read.entries, base === undefined ? options : { ...options, base });
  } catch (error) {
    if (error instanceof lib.ModelError) throw studyProblems(error, { where: log.where, lines: read.lines }, loads.where);
    throw error;
  }
  try {
    return { summary, study: lib.timeStudyModel(summary, base === undefined ? {} : { base }) };
  } catch (error) {
    if (error instanceof lib.ModelError) return { summary, problem: modelProblem(lib, error, summary, base) };
    throw error;
  }
}

/**
 * Why the study's model does not load, in the study's words: where the study's non-case hours
 * exceed the officer year's available hours (paid less holidays, leave and training), the
 * activities and --study-workdays that scale them; else the model's issues.
 */
function modelProblem(lib: Library, error: ModelError, summary: TimeStudySummary, base: ModelLike | undefined): InputError {
  const year = lib.officerYear(base ?? {});
  const available = year.paidHours - year.holidays - year.leave - year.training;
  const nonCase = summary.activities.reduce((total, a) => total + a.hoursPerOfficerYear, 0);
  const { studyWorkdays, officerWorkdays } = summary.study;
  const issues = error.issues.map(({ path, message }) => `  ${formatPath(path)}: ${message}`).join('\n');
  if (nonCase <= available) return new InputError(`the model the study gives does not load:\n${issues}`);
  const hours = (h: number) => `${Number(h.toPrecision(4)).toLocaleString('en-US')} h`;
  const activities = summary.activities.map((a) => `${a.activity} ${hours(a.hoursPerOfficerYear)}`).join(', ');
  return new InputError(
    `the study's non-case hours exceed the officer year's available hours: ${activities} per officer year (${hours(nonCase)} in all) against ${hours(available)} ` +
      `(paid hours less holidays, leave and training); each is the hours logged x ${officerWorkdays} / --study-workdays ${studyWorkdays}: ` +
      `is --study-workdays the number of workdays the study ran?\n${issues}`,
  );
}

/** A file argument, or standard input for `-`, as the readers take it; and how messages name it. */
export function sourceOf(io: CliIO, file: string): { source: string | AsyncIterable<string | Uint8Array>; where: string } {
  if (file !== '-') return { source: file, where: file };
  if (io.stdin === undefined) throw new InputError(`${STDIN}: there is no standard input to read`);
  return { source: io.stdin, where: STDIN };
}

/** Runs a reader, naming standard input in its errors. */
export async function reading<T>(where: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof CsvInputError ? error.inFile(where) : error;
  }
}

/** Writes what reading `where` passed over to stderr: skipped rows (the first listed), then warnings. */
export function reportRead(io: CliIO, where: string, read: Pick<TimeStudyLog, 'warnings'> & Partial<TimeStudyLog>): void {
  const say = (text: string) => io.stderr(`staffing-model: ${where}${text}\n`);
  for (const row of read.skipped ?? []) say(`, ${row.endLine === row.line ? `line ${row.line}` : `lines ${row.line}-${row.endLine}`}: skipped: ${row.reason}`);
  const skippedCount = read.skippedCount ?? 0;
  if (skippedCount > (read.skipped?.length ?? 0)) say(`: ${skippedCount - read.skipped!.length} more rows skipped`);
  if ((read.skippedLines ?? 0) > skippedCount) say(`: ${skippedCount} rows skipped, ${read.skippedLines} lines in all`);
  for (const warning of read.warnings) say(`: warning: ${warning}`);
}

/**
 * The library's issues with the log and the caseloads, in the files' words: an issue about
 * `entries[4]` is at its line of the log, one about `caseloads` is the caseloads file's.
 */
export function studyProblems(error: ModelError, log: { where: string; lines: readonly number[] }, caseloads: string): InputError {
  const lines = error.issues.map(({ path, message }) => {
    if (path[0] === 'entries' && typeof path[1] === 'number') return `  ${log.where}, line ${log.lines[path[1]]}: ${message}`;
    if (path[0] === 'caseloads') return `  ${caseloads}${path.length > 1 ? ` (${formatPath(path.slice(1))})` : ''}: ${message}`;
    return `  ${formatPath(path)}: ${message}`;
  });
  return new InputError(`the time study has ${plural(lines.length, 'problem')}:\n${lines.join('\n')}`);
}
