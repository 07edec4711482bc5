import { parseModel } from '../model/parseModel.js';
import { ModelError } from '../model/ModelError.js';
import type { Model, ModelLike } from '../model/types.js';
import { canonicalNames } from './canonicalNames.js';
import { yearWarnings } from './yearWarnings.js';
import { officerYear } from '../workload/officerYear.js';
import { seededSource } from '../internal/seededSource.js';
import { caseloadsOf } from './caseloadsOf.js';
import { activitySummaries, officerSummaries } from './officerTime.js';
import { studyWarnings } from './studyWarnings.js';
import { taskSummary } from './taskSummary.js';
import type { StudyCaseloads, TimeStudyEntry, TimeStudySummary, TimeStudyWarning } from './types.js';
import { validateEntries, type StudyEntry } from './validateEntries.js';
import { displayResult } from '../display/displayResult.js';

/** What `summarizeTimeStudy` takes beside the log's entries. */
export interface SummarizeTimeStudyOptions {
  /** Workdays the study ran (each officer was asked to log on each of them). */
  studyWorkdays: number;
  /** The caseload the participating officers carried during the study. */
  caseloads: StudyCaseloads;
  /**
   * Workdays a year the office works, to scale case frequencies (perCasePerYear, perYearCi, hoursPerCase)
   * from the study to a year. Default: the officer year's paid workdays (paidHours / workdayHours; 260 for
   * the default 2080 h): cases need their events on every day the office works, whether or not a given
   * officer is on leave. Non-case activity hours are not scaled by it (see `study.officerWorkdays`).
   */
  workdaysPerYear?: number;
  /** Seed of the bootstrap intervals, a whole number from 0 to 2^32 - 1 (seededSource). Default 1: the same log always gives the same summary. */
  seed?: number;
  /** Rows of the log skipped as bad before the summary (readTimeStudy's `skippedCount`), to state in `study.skipped` and every source. Default 0. */
  skippedRows?: number;
  /** The model the study is to update: its officer year gives both scales, and it is checked for unknown case types and tasks. */
  base?: ModelLike;
}

/**
 * Workdays an officer is available in the officer year: paid hours less holidays, leave and training,
 * in workdays (the base's officer year, else the default one: 260). Scales non-case activity hours,
 * which happen only on days an officer works.
 */
export function officerWorkdays(base: Model | undefined): number {
  const year = officerYear(base ?? {});
  return (year.paidHours - year.holidays - year.leave - year.training) / (base?.officerYear.workdayHours ?? 8);
}

/**
 * Workdays a year the office works: the officer year's paid hours in workdays (2080 h / 8 h = 260 for
 * the default one). Scales case frequencies: a case needs its events on the office's working days,
 * whoever is on leave; the officer year already takes leave, holidays and training out of supply.
 */
export function officeWorkdays(base: Model | undefined): number {
  return officerYear(base ?? {}).paidHours / (base?.officerYear.workdayHours ?? 8);
}

function wholeWorkdays(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw new RangeError(`studyWorkdays must be a whole number of workdays >= 1, got ${typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value)}`);
}

function positive(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new ModelError([{ path: [name], message: `expected a number > 0, got ${typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value)}` }]);
}

function groupBy<K>(entries: readonly StudyEntry[], key: (e: StudyEntry) => K): Map<K, StudyEntry[]> {
  const groups = new Map<K, StudyEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const group = groups.get(k);
    if (group) group.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

/**
 * Turns a time-study log into task times, frequencies and non-case hours: the measurement step of a
 * weighted-caseload study (NCSC workload assessments; the National Public Defense Workload Study,
 * RAND 2023). Scale from the study to a year: workdaysPerYear / studyWorkdays for case frequencies
 * (workdaysPerYear the office's paid workdays, or the option), officerWorkdays / studyWorkdays for
 * non-case activity hours (the officer's available workdays).
 *
 * @throws {TypeError} for entries or options of the wrong type
 * @throws {RangeError} `studyWorkdays must be a whole number of workdays >= 1, got 2.5`;
 *   `studyWorkdays is 4, but officer "o1" logged on 20 distinct dates: give the workdays the study ran (at least 20)`;
 *   `seed must be a whole number from 0 to 4294967295, got -1`
 * @throws {ModelError} one issue per bad entry or option, e.g. `entries[3].minutes: expected minutes > 0, got 0`
 * @example
 * summarizeTimeStudy(
 *   [{ officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20 },
 *    { officer: 'a', date: '2026-03-03', caseType: 'nd', task: 'check-in', minutes: 30 }],
 *   { studyWorkdays: 2, caseloads: { nd: 10 }, workdaysPerYear: 200 },
 * ).tasks[0]
 * // => { caseType: 'nd', task: 'check-in', n: 2, occurrences: 2, mean: 25, ..., perCasePerYear: 20, hoursPerCase: 8.333 }
 */
export function summarizeTimeStudy(entries: Iterable<TimeStudyEntry>, options: SummarizeTimeStudyOptions): TimeStudySummary {
  if (options === null || typeof options !== 'object') throw new TypeError('summarizeTimeStudy: options must be an object with studyWorkdays and caseloads');
  const studyWorkdays = wholeWorkdays(options.studyWorkdays);
  const skipped = options.skippedRows ?? 0;
  if (!(Number.isSafeInteger(skipped) && skipped >= 0)) throw new RangeError(`skippedRows must be a whole number >= 0, got ${String(skipped)}`);
  const base = options.base === undefined ? undefined : parseModel(options.base);
  const log = canonicalNames(validateEntries(entries), base);
  const officers = officerSummaries(groupBy(log, (e) => e.officer));
  const busiest = officers.reduce((a, b) => (b.daysLogged > a.daysLogged ? b : a));
  if (busiest.daysLogged > studyWorkdays) {
    throw new RangeError(`studyWorkdays is ${studyWorkdays}, but officer "${busiest.officer}" logged on ${busiest.daysLogged} distinct dates: give the workdays the study ran (at least ${busiest.daysLogged})`);
  }
  const workdaysPerYear = options.workdaysPerYear === undefined ? officeWorkdays(base) : positive(options.workdaysPerYear, 'workdaysPerYear');
  const availableWorkdays = officerWorkdays(base);
  const workdaysPerYearFrom = options.workdaysPerYear !== undefined ? 'option' : base ? 'base' : 'default';
  const scale = workdaysPerYear / studyWorkdays;
  const random = seededSource(options.seed ?? 1);

  const caseloads = caseloadsOf(options.caseloads, log);
  const caseWork = groupBy(log.filter((e) => e.caseType !== undefined), (e) => JSON.stringify([e.caseType, e.task]));
  const tasks = [...caseWork.values()].map((group) =>
    taskSummary(group[0]!.caseType!, group[0]!.task, group, caseloads.caseloadOf(group[0]!.caseType!) || undefined, caseloads.counts, scale, random));
  const activities = activitySummaries(groupBy(log.filter((e) => e.caseType === undefined), (e) => e.task), officers.length, availableWorkdays / studyWorkdays);
  const warnings: TimeStudyWarning[] = [...caseloads.warnings];
  // Loops, not push(...): the lists are as long as the log makes them.
  for (const warning of studyWarnings(log, tasks, officers, studyWorkdays, base, caseloads.caseTypes)) warnings.push(warning);
  for (const warning of yearWarnings(tasks, activities, workdaysPerYear, base)) warnings.push(warning);
  const dates = log.map((e) => e.date).sort();
  return displayResult('Time study', {
    tasks,
    activities,
    officers,
    warnings,
    study: { entries: log.length, officers: officers.length, firstDate: dates[0]!, lastDate: dates.at(-1)!, studyWorkdays, workdaysPerYear, workdaysPerYearFrom, officerWorkdays: availableWorkdays, skipped },
  });
}
