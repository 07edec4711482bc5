import type { TimeStudyEntry } from '../../src/timestudy/types.js';

/** A task as the truth has it: minutes per occurrence (the lognormal's mean) and occurrences per case a year. */
export interface TrueTask {
  task: string;
  minutes: number;
  perYear: number;
}

export interface StudyDesign {
  caseType: string;
  tasks: readonly TrueTask[];
  /** Cases the officers carry during the study. */
  caseload: number;
  officers: number;
  studyWorkdays: number;
  workdaysPerYear: number;
  /** The lognormal's sigma: 0.5 is right-skewed, as task times are (coefficient of variation 0.53). */
  sigma: number;
}

/**
 * A synthetic time-study log, drawn with `random` from a known truth: each case needs each task as a
 * Poisson process at `perYear`, so over the study a task's occurrences are Poisson with mean
 * caseload x perYear x studyWorkdays / workdaysPerYear (drawn as the arrivals of a unit-rate process
 * within that mean); each occurrence is one entry, by an officer and on a workday drawn uniformly,
 * with lognormal minutes of the task's mean (mu = ln(minutes) - sigma^2 / 2). Normals by Box-Muller.
 */
export function drawStudy(random: () => number, design: StudyDesign): TimeStudyEntry[] {
  const { caseType, caseload, officers, studyWorkdays, workdaysPerYear, sigma } = design;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const entries: TimeStudyEntry[] = [];
  for (const t of design.tasks) {
    const expected = (caseload * t.perYear * studyWorkdays) / workdaysPerYear;
    let count = 0;
    for (let clock = -Math.log(1 - random()); clock <= expected; clock -= Math.log(1 - random())) count++;
    const mu = Math.log(t.minutes) - sigma ** 2 / 2;
    for (let i = 0; i < count; i++) {
      // Workdays 2026-03-02 + k, k < 28: the dates only group entries by day; weekends do not matter here.
      const day = new Date(Date.UTC(2026, 2, 2 + Math.floor(random() * studyWorkdays))).toISOString().slice(0, 10);
      entries.push({ officer: `o${Math.floor(random() * officers)}`, date: day, caseType, task: t.task, minutes: Math.exp(mu + sigma * normal()) });
    }
  }
  return entries;
}
