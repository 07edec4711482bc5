import { plural } from '../internal/plural.js';
import { officeKey } from '../model/officeMatcher.js';
import type { Model } from '../model/types.js';
import { officerYear } from '../workload/officerYear.js';
import type { ActivitySummary, TaskSummary, TimeStudyWarning } from './types.js';

/** Non-case activities whose names say they are a deduction the officer year already makes. */
const OFFICER_YEAR_FIELDS: { field: 'training' | 'adminShare' | 'leave' | 'holidays'; name: RegExp }[] = [
  { field: 'training', name: /\btraining\b/u },
  { field: 'adminShare', name: /^admin(istrative|istration)?( work| duties| tasks| time)?$/u },
  { field: 'leave', name: /\bleave\b/u },
  { field: 'holidays', name: /\bholidays?\b/u },
];

const round = (value: number) => Number(value.toPrecision(4));

/**
 * Figures the year cannot hold, and non-case work counted twice: a task more often per case a year
 * than there are workdays, or more hours per case than an officer year has (workdaysPerYear x
 * workdayHours), often a caseload misread (`1.000` for a thousand); a non-case activity named as a
 * deduction of the officer year (training, admin, leave, holidays) that the year already takes out
 * (officerYear.training, adminShare, leave, holidays) when that is > 0; a non-case activity named as
 * a case task of the base or the log (a case task logged with its case type blank); a case task named
 * as an officer-year deduction (training, admin, leave, holidays) or as a non-case activity of the log
 * (non-case work logged with a case type).
 */
export function yearWarnings(tasks: readonly TaskSummary[], activities: readonly ActivitySummary[], workdaysPerYear: number, base: Model | undefined): TimeStudyWarning[] {
  const warnings: TimeStudyWarning[] = [];
  const yearHours = workdaysPerYear * (base?.officerYear.workdayHours ?? 8);
  for (const t of tasks) {
    if (t.perCasePerYear !== null && t.perCasePerYear > workdaysPerYear) {
      warnings.push({ kind: 'implausible', caseType: t.caseType, task: t.task, message: `${t.caseType} / ${t.task}: ${round(t.perCasePerYear)} occurrences per case a year, more than the ${round(workdaysPerYear)} workdays of a year: is the caseload of "${t.caseType}" right?` });
    }
    if (t.hoursPerCase !== null && t.hoursPerCase > yearHours) {
      warnings.push({ kind: 'implausible', caseType: t.caseType, task: t.task, message: `${t.caseType} / ${t.task}: ${round(t.hoursPerCase)} hours per case a year, more than the ${round(yearHours)} hours of an officer year: is the caseload of "${t.caseType}" right?` });
    }
  }
  const activityNames = new Set(activities.map((a) => officeKey(a.activity)));
  for (const t of tasks) {
    const key = officeKey(t.task);
    const field = OFFICER_YEAR_FIELDS.find((f) => f.name.test(key))?.field;
    if (field === undefined && !activityNames.has(key)) continue;
    const what = field === undefined ? 'a non-case activity of the log' : `the officer year's ${field} (officerYear.${field})`;
    warnings.push({
      kind: 'activity-as-case-task',
      caseType: t.caseType,
      task: t.task,
      message: `case task "${t.task}" of "${t.caseType}" (${plural(t.n, 'entry', 'entries')}) is named as ${what}: were these entries logged with a case type by mistake? They count in the case type's time and frequency, not as non-case work`,
    });
  }
  const year = officerYear(base ?? {});
  const deducted = { training: year.training, adminShare: year.adminHours, leave: year.leave, holidays: year.holidays };
  const caseTasks = new Map<string, string>();
  for (const ct of base?.caseTypes ?? []) for (const task of ct.tasks) caseTasks.set(officeKey(task.name), ct.id);
  for (const t of tasks) if (!caseTasks.has(officeKey(t.task))) caseTasks.set(officeKey(t.task), t.caseType);
  for (const a of activities) {
    const key = officeKey(a.activity);
    const field = OFFICER_YEAR_FIELDS.find((f) => f.name.test(key) && deducted[f.field] > 0)?.field;
    if (field !== undefined) {
      warnings.push({
        kind: 'officer-year-activity',
        activity: a.activity,
        message: `non-case activity "${a.activity}" (${round(a.hoursPerOfficerYear)} h per officer year) looks like the officer year's ${field} (officerYear.${field}, ${round(deducted[field])} h a year), which is already taken out of the officer's hours: it is counted twice unless one of them is left out`,
      });
    }
    const caseType = caseTasks.get(key);
    if (caseType !== undefined) {
      warnings.push({
        kind: 'case-task-as-activity',
        activity: a.activity,
        message: `non-case activity "${a.activity}" (${plural(a.n, 'entry', 'entries')}) is a case task of "${caseType}": were these entries logged with their case_type blank? They count as non-case work, not in the task's time or frequency`,
      });
    }
  }
  return warnings;
}
