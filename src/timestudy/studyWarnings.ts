import { plural } from '../internal/plural.js';
import { suggestions } from '../model/nearest.js';
import { officeKey } from '../model/officeMatcher.js';
import type { Model } from '../model/types.js';
import type { OfficerSummary, TaskSummary, TimeStudyWarning } from './types.js';
import type { StudyEntry } from './validateEntries.js';

/** Fewer entries than this for a task: its mean is not yet trustworthy (the usual n >= 30 rule). */
export const MIN_TASK_ENTRIES = 30;
/** A day with more logged than this is likely a logging error. */
export const MAX_DAY_MINUTES = 12 * 60;

/**
 * The study's sufficiency checks, each naming what it concerns: tasks with fewer than 30 entries,
 * officers who logged on fewer than half the study's workdays, days with more than 12 hours logged,
 * case types or tasks the base model does not have, case types with entries but no caseload.
 */
export function studyWarnings(
  entries: readonly StudyEntry[],
  tasks: readonly TaskSummary[],
  officers: readonly OfficerSummary[],
  studyWorkdays: number,
  base: Model | undefined,
  caseloadTypes: readonly string[],
): TimeStudyWarning[] {
  const warnings: TimeStudyWarning[] = [];
  for (const t of tasks) {
    if (t.n < MIN_TASK_ENTRIES) {
      warnings.push({ kind: 'few-entries', caseType: t.caseType, task: t.task, message: `${t.caseType} / ${t.task}: ${plural(t.n, 'entry', 'entries')}, fewer than ${MIN_TASK_ENTRIES}` });
    }
  }
  const noCaseload = new Set(tasks.filter((t) => t.perCasePerYear === null).map((t) => t.caseType));
  for (const caseType of noCaseload) {
    warnings.push({ kind: 'no-caseload', caseType, message: `${caseType}: entries but no caseload, so no frequency or hours per case${suggestions(caseType, caseloadTypes, 'case types with caseloads')}` });
  }
  for (const o of officers) {
    if (o.daysLogged < studyWorkdays / 2) {
      warnings.push({ kind: 'few-days', officer: o.officer, message: `officer ${o.officer} logged on ${o.daysLogged} of ${studyWorkdays} study workdays` });
    }
  }
  const dayMinutes = new Map<string, { officer: string; date: string; minutes: number }>();
  for (const e of entries) {
    const key = JSON.stringify([e.officer, e.date]);
    const day = dayMinutes.get(key) ?? { officer: e.officer, date: e.date, minutes: 0 };
    day.minutes += e.minutes;
    dayMinutes.set(key, day);
  }
  for (const day of dayMinutes.values()) {
    if (day.minutes > MAX_DAY_MINUTES) {
      warnings.push({ kind: 'long-day', officer: day.officer, date: day.date, message: `officer ${day.officer} logged ${+(day.minutes / 60).toFixed(2)} hours on ${day.date}` });
    }
  }
  for (const warning of weekendWarnings(entries)) warnings.push(warning); // not push(...): unbounded
  if (base) for (const warning of unknownToBase(tasks, base)) warnings.push(warning);
  return warnings;
}

/** Case types and tasks of the study the base does not have, matched as officeKey matches (a did-you-mean in each). */
export function unknownToBase(tasks: readonly TaskSummary[], base: Model): TimeStudyWarning[] {
  const warnings: TimeStudyWarning[] = [];
  const reported = new Set<string>();
  for (const t of tasks) {
    const caseType = base.caseTypes.find((c) => officeKey(c.id) === officeKey(t.caseType));
    if (!caseType) {
      if (!reported.has(t.caseType)) {
        reported.add(t.caseType);
        warnings.push({ kind: 'unknown-case-type', caseType: t.caseType, message: `case type "${t.caseType}" is not in the base model${suggestions(t.caseType, base.caseTypes.map((c) => c.id), 'case types')}` });
      }
    } else if (!caseType.tasks.some((task) => officeKey(task.name) === officeKey(t.task))) {
      warnings.push({ kind: 'unknown-task', caseType: t.caseType, task: t.task, message: `task "${t.task}" is not among the base model's tasks of "${t.caseType}"${suggestions(t.task, caseType.tasks.map((task) => task.name), 'tasks')}` });
    }
  }
  return warnings;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** One warning per Saturday or Sunday with entries: a weekend is not a workday of the study, unless studyWorkdays counts it. */
function weekendWarnings(entries: readonly StudyEntry[]): TimeStudyWarning[] {
  const byDate = new Map<string, number>();
  for (const e of entries) byDate.set(e.date, (byDate.get(e.date) ?? 0) + 1);
  const warnings: TimeStudyWarning[] = [];
  for (const [date, n] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) {
      warnings.push({ kind: 'weekend', date, message: `${date} is a ${WEEKDAYS[day]}: ${plural(n, 'entry', 'entries')} logged on a weekend (does studyWorkdays count it as a workday of the study?)` });
    }
  }
  return warnings;
}
