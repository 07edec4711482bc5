import { fsum } from '../internal/fsum.js';
import type { ActivitySummary, OfficerSummary } from './types.js';
import type { StudyEntry } from './validateEntries.js';

/** Per officer: distinct workdays logged, and hours logged per such day. */
export function officerSummaries(byOfficer: ReadonlyMap<string, readonly StudyEntry[]>): OfficerSummary[] {
  return [...byOfficer].map(([officer, entries]) => {
    const daysLogged = new Set(entries.map((e) => e.date)).size;
    return { officer, daysLogged, hoursPerDay: fsum(entries.map((e) => e.minutes)) / 60 / daysLogged };
  });
}

/**
 * Per non-case activity: hours a year it takes of each participating officer,
 * total hours logged / officers who logged anything x officerWorkdays / studyWorkdays (the officer's
 * available workdays: non-case work happens only on days an officer works).
 */
export function activitySummaries(
  byActivity: ReadonlyMap<string, readonly StudyEntry[]>,
  officerCount: number,
  scale: number,
): ActivitySummary[] {
  return [...byActivity].map(([activity, entries]) => ({
    activity,
    n: entries.length,
    hoursPerOfficerYear: (fsum(entries.map((e) => e.minutes)) / 60 / officerCount) * scale,
  }));
}
