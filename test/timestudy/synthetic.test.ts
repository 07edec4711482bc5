import { describe, expect, it } from 'vitest';
import { seededSource } from '../../src/internal/seededSource.js';
import { summarizeTimeStudy } from '../../src/timestudy/summarizeTimeStudy.js';
import { drawStudy } from './drawStudy.js';

// A synthetic study drawn from a known truth: 40 officers log for 20 workdays, a 220-workday year.
// Each case needs each task as a Poisson process at `perYear`; a task's minutes are lognormal with
// the given mean (sigma 0.5: right-skewed, as task times are). See drawStudy.ts.
const truth = [
  { task: 'check-in', minutes: 20, perYear: 4 },
  { task: 'interview', minutes: 45, perYear: 1.5 },
];
const caseload = 600;
const studyWorkdays = 20;
const workdaysPerYear = 220;
const design = { caseType: 'nd', tasks: truth, caseload, officers: 40, studyWorkdays, workdaysPerYear, sigma: 0.5 };

describe('a synthetic time study', () => {
  it('recovers the true task times and frequencies within their 90% intervals about 90% of the time', () => {
    const repetitions = 60;
    let timesCovered = 0;
    let frequenciesCovered = 0;
    for (let r = 0; r < repetitions; r++) {
      const entries = drawStudy(seededSource(1000 + r), design);
      const { tasks } = summarizeTimeStudy(entries, { studyWorkdays, caseloads: { nd: caseload }, workdaysPerYear, seed: r });
      for (const t of truth) {
        const found = tasks.find((row) => row.task === t.task)!;
        if (found.ci![0] <= t.minutes && t.minutes <= found.ci![1]) timesCovered++;
        if (found.perYearCi![0] <= t.perYear && t.perYear <= found.perYearCi![1]) frequenciesCovered++;
      }
    }
    // 120 intervals of each kind at a true coverage of 0.9: the share covered has sd
    // sqrt(0.9 x 0.1 / 120) = 0.027, so 0.80 .. 0.98 is the truth +/- 3.6 sd or so.
    const checks = repetitions * truth.length;
    expect(timesCovered / checks).toBeGreaterThanOrEqual(0.8);
    expect(timesCovered / checks).toBeLessThanOrEqual(0.98);
    expect(frequenciesCovered / checks).toBeGreaterThanOrEqual(0.8);
    expect(frequenciesCovered / checks).toBeLessThanOrEqual(0.98);
  });
});
