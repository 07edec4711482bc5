import { median, quantileSorted, sampleStandardDeviation } from '../internal/simpleStatistics.js';
import { fsum } from '../internal/fsum.js';
import { ratioInterval } from './ratioInterval.js';
import type { TaskSummary } from './types.js';
import type { StudyEntry } from './validateEntries.js';

/**
 * Minutes per occurrence of one case task and how often a case needs it.
 * mean = sum(minutes) / sum(cases) over all its entries; perCasePerYear = counted / caseload x scale,
 * counted the sum of cases of the entries whose office has the caseload (`counts`), where
 * scale = workdaysPerYear / studyWorkdays; hoursPerCase = mean / 60 x perCasePerYear (NCSC
 * weighted-caseload method: a case weight is the time per event times the events per case).
 */
export function taskSummary(
  caseType: string,
  task: string,
  entries: readonly StudyEntry[],
  caseload: number | undefined,
  counts: (entry: StudyEntry) => boolean,
  scale: number,
  random: () => number,
): TaskSummary {
  const minutes = entries.map((e) => e.minutes);
  const cases = entries.map((e) => e.cases);
  const occurrences = fsum(cases);
  const mean = fsum(minutes) / occurrences;
  const perOccurrence = entries.map((e) => e.minutes / e.cases).sort((a, b) => a - b);
  const counted = fsum(entries.filter(counts).map((e) => e.cases));
  const perCasePerYear = caseload ? (counted / caseload) * scale : null;
  return {
    caseType,
    task,
    n: entries.length,
    occurrences,
    counted,
    mean,
    median: median(perOccurrence),
    sd: entries.length > 1 ? sampleStandardDeviation(perOccurrence) : null,
    p10: quantileSorted(perOccurrence, 0.1),
    p90: quantileSorted(perOccurrence, 0.9),
    ci: ratioInterval(minutes, cases, random),
    perCasePerYear,
    perYearCi: caseload ? poissonInterval(counted).map((count) => (count / caseload) * scale) as [number, number] : null,
    hoursPerCase: perCasePerYear === null ? null : (mean / 60) * perCasePerYear,
  };
}

/** The standard normal's 95th percentile (simple-statistics' `probit` is good to 3 decimals only). */
const Z_95 = 1.6448536269514722;

/** 90% interval of a Poisson mean from one count: (sqrt(N) -/+ z/2)^2, z the normal 95th percentile. */
function poissonInterval(count: number): [number, number] {
  const half = Z_95 / 2;
  const root = Math.sqrt(count);
  return [Math.max(0, root - half) ** 2, (root + half) ** 2];
}
