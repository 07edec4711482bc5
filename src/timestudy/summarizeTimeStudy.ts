import { parseModel } from '../model/parseModel.js';
import { ModelError } from '../model/ModelError.js';
import type { ModelLike } from '../model/types.js';
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
  /** Workdays in an officer year, to scale the study to a year. Default: the base model's officer year (paid hours less holidays, leave and training, in workdays), else 260. */
  workdaysPerYear?: number;
  /** Seed of the bootstrap intervals, a whole number from 0 to 2^32 - 1 (seededSource). Default 1: the same log always gives the same summary. */
  seed?: number;
  /** The model the study is to update: gives `workdaysPerYear` and is checked for unknown case types and tasks. */
  base?: ModelLike;
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
 * RAND 2023). Scale from the study to a year: workdaysPerYear / studyWorkdays.
 *
 * @throws {TypeError} for entries or options of the wrong type
 * @throws {RangeError} `seed must be a whole number from 0 to 4294967295, got -1`
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
  const log = validateEntries(entries);
  const studyWorkdays = positive(options.studyWorkdays, 'studyWorkdays');
  const base = options.base === undefined ? undefined : parseModel(options.base);
  const year = officerYear(base ?? {});
  const workdaysPerYear = options.workdaysPerYear === undefined
    ? (year.paidHours - year.holidays - year.leave - year.training) / (base?.officerYear.workdayHours ?? 8)
    : positive(options.workdaysPerYear, 'workdaysPerYear');
  const scale = workdaysPerYear / studyWorkdays;
  const random = seededSource(options.seed ?? 1);

  const { byType, missingOffices } = caseloadsOf(options.caseloads, log);
  const caseWork = groupBy(log.filter((e) => e.caseType !== undefined), (e) => JSON.stringify([e.caseType, e.task]));
  const tasks = [...caseWork.values()].map((group) =>
    taskSummary(group[0]!.caseType!, group[0]!.task, group, byType.get(group[0]!.caseType!) || undefined, scale, random));
  const officerIds = [...new Set(log.map((e) => e.officer))];
  const officers = officerSummaries(groupBy(log, (e) => e.officer));
  const activities = activitySummaries(groupBy(log.filter((e) => e.caseType === undefined), (e) => e.task), officerIds.length, scale);
  const warnings: TimeStudyWarning[] = missingOffices.map((office) => ({
    kind: 'no-caseload' as const,
    message: `office "${office}" has entries but no caseloads; its cases are not in any frequency`,
  }));
  for (const warning of studyWarnings(log, tasks, officers, studyWorkdays, base)) warnings.push(warning); // not push(...): unbounded
  const dates = log.map((e) => e.date).sort();
  return displayResult('Time study', {
    tasks,
    activities,
    officers,
    warnings,
    study: { entries: log.length, officers: officerIds.length, firstDate: dates[0]!, lastDate: dates.at(-1)!, studyWorkdays, workdaysPerYear },
  });
}
