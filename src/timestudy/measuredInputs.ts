import type { ActivityInput } from '../model/schema.js';
import type { ActivitySummary, StudyPeriod, TaskSummary } from './types.js';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * `time study: 1,210 entries (150 rows skipped), 2026-03-02 to 2026-03-27, 40 officers`: what a
 * measured input's `source` says; the skipped rows (of the whole log) only when there are any.
 */
export function studySource(n: number, study: StudyPeriod): string {
  const dates = study.firstDate === study.lastDate ? study.firstDate : `${study.firstDate} to ${study.lastDate}`;
  const skipped = study.skipped > 0 ? ` (${count(study.skipped, 'row', 'rows')} skipped)` : '';
  return `time study: ${count(n, 'entry', 'entries')}${skipped}, ${dates}, ${count(study.officers, 'officer', 'officers')}`;
}

/** Six significant digits: far finer than any time study measures, and readable in a model file. */
function round(value: number): number {
  return Number(value.toPrecision(6));
}

const minutes = (value: number) => `${round(value)} min`;

/**
 * A measured task: its time a PERT range over the 90% interval of the mean with the mean as mode
 * (a plain time where there is no interval, or it has no width), perYear as measured with its Poisson
 * interval as a range the same way, share 1.
 * A mean outside its percentile interval (possible with few, skewed entries) is moved to the nearer bound.
 */
export function measuredTask(t: TaskSummary, study: StudyPeriod): ActivityInput {
  const time = t.ci === null || !(round(t.ci[0]) < round(t.ci[1]))
    ? minutes(t.mean)
    : { low: minutes(t.ci[0]), mode: minutes(Math.min(Math.max(t.mean, t.ci[0]), t.ci[1])), high: minutes(t.ci[1]) };
  const [low, high] = t.perYearCi!.map(round) as [number, number];
  const perYear = low < high ? { low, mode: round(t.perCasePerYear!), high } : round(t.perCasePerYear!);
  return { name: t.task, time, perYear, source: studySource(t.n, study) } as ActivityInput;
}

/** A non-case activity as a collateral duty: its hours per officer year, once a year. */
export function measuredDuty(a: ActivitySummary, study: StudyPeriod): ActivityInput {
  return { name: a.activity, time: `${round(a.hoursPerOfficerYear)} h`, perYear: 1, source: studySource(a.n, study) };
}
