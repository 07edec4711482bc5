import { plural } from '../internal/plural.js';
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
): TimeStudyWarning[] {
  const warnings: TimeStudyWarning[] = [];
  for (const t of tasks) {
    if (t.n < MIN_TASK_ENTRIES) {
      warnings.push({ kind: 'few-entries', caseType: t.caseType, task: t.task, message: `${t.caseType} / ${t.task}: ${plural(t.n, 'entry', 'entries')}, fewer than ${MIN_TASK_ENTRIES}` });
    }
  }
  const noCaseload = new Set(tasks.filter((t) => t.perCasePerYear === null).map((t) => t.caseType));
  for (const caseType of noCaseload) {
    warnings.push({ kind: 'no-caseload', caseType, message: `${caseType}: entries but no caseload, so no frequency or hours per case` });
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
  if (base) for (const warning of unknownToBase(tasks, base)) warnings.push(warning); // not push(...): unbounded
  return warnings;
}

function unknownToBase(tasks: readonly TaskSummary[], base: Model): TimeStudyWarning[] {
  const warnings: TimeStudyWarning[] = [];
  const reported = new Set<string>();
  for (const t of tasks) {
    const caseType = base.caseTypes.find((c) => c.id === t.caseType);
    if (!caseType) {
      if (!reported.has(t.caseType)) {
        reported.add(t.caseType);
        warnings.push({ kind: 'unknown-case-type', caseType: t.caseType, message: `case type "${t.caseType}" is not in the base model` });
      }
    } else if (!caseType.tasks.some((task) => task.name === t.task)) {
      warnings.push({ kind: 'unknown-task', caseType: t.caseType, task: t.task, message: `task "${t.task}" is not among the base model's tasks of "${t.caseType}"` });
    }
  }
  return warnings;
}
