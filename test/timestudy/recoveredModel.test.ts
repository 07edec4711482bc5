/**
 * The issue's synthetic study, carried through to staffing: a log drawn (seeded) from a known model
 * for 40 officers over 20 workdays, recovered as a model by summarizeTimeStudy and timeStudyModel,
 * and the true model's required officers set against `simulate`'s spread for the recovered model.
 *
 * What to expect, derived (not fitted). Each measured input is a PERT range whose low and high are a
 * 90% interval of its estimate and whose mode is the estimate: near enough a symmetric range
 * m -/+ h with h = z sigma, sigma the estimate's sampling sd and z = 1.645 the normal 95th percentile.
 * A symmetric PERT over m -/+ h is m - h + 2h Beta(3, 3), of variance (2h)^2 x 9 / (36 x 7) = h^2 / 7
 * (Vose 2008, the PERT-Beta). So simulate draws each input with sd z sigma / sqrt(7) = 0.622 sigma:
 * the stated uncertainty is 0.622 of the real one. Required officers are a sum of several such
 * independent terms (nearly normal), so simulate's p5 - p95 is its mean -/+ z x 0.622 sigma_R, and the
 * truth falls inside it with probability 2 Phi(z^2 / sqrt(7)) - 1 = 0.694, not 0.90.
 * Measured (200 repetitions, caseload 600, 2000 draws each): 0.695, and simulate's sd / the estimate's
 * sd over the repetitions 0.618.
 */
import { errorFunction, mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { seededSource } from '../../src/internal/seededSource.js';
import { assess, simulate, summarizeTimeStudy, timeStudyModel } from '../../src/index.js';
import { drawStudy, type StudyDesign } from './drawStudy.js';

const design: StudyDesign = {
  caseType: 'nd',
  tasks: [
    { task: 'check-in', minutes: 20, perYear: 12 },
    { task: 'interview', minutes: 45, perYear: 3 },
    { task: 'travel document', minutes: 180, perYear: 0.5 },
  ],
  caseload: 600, // about 800 entries a study: 2 a day per officer
  officers: 40,
  studyWorkdays: 20,
  workdaysPerYear: 260, // the office's working days a year, at which cases need their events: 2080 paid h / 8 h
  sigma: 0.5,
};
/** The truth: one office whose officers are the study's, carrying the study's caseload. */
const truth = {
  officerYear: { holidays: '10 workdays', leave: '20 workdays' },
  offices: [{ id: 'dc', officers: { 'non-detained': 40 }, cases: { nd: design.caseload } }],
  caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: design.tasks.map((t) => ({ name: t.task, time: `${t.minutes} min`, perYear: t.perYear })) }],
};

const Z = 1.6448536269514722;
const normalCdf = (x: number) => (1 + errorFunction(x / Math.SQRT2)) / 2;
/** simulate's sd over the real sd: a symmetric PERT over the 90% interval, sd z sigma / sqrt(7). */
const STATED_SHARE = Z / Math.sqrt(7);
const EXPECTED_COVERAGE = 2 * normalCdf(Z * STATED_SHARE) - 1;

describe('a synthetic study, recovered as a model', () => {
  it('states 0.62 of the real uncertainty of required officers: simulate p5 - p95 holds the truth in 69% of studies, as derived', { timeout: 120_000 }, () => {
    expect(STATED_SHARE).toBeCloseTo(0.6217, 4);
    expect(EXPECTED_COVERAGE).toBeCloseTo(0.6935, 4);
    // The truth's required officers: 600 cases x (1/3 h x 12 + 0.75 h x 3 + 3 h x 0.5) / 1840 h.
    const trueRequired = assess(truth).total.requiredOfficers;
    expect(trueRequired).toBeCloseTo((600 * 7.75) / 1840, 10);

    const repetitions = 80;
    const estimates: number[] = [];
    const statedSds: number[] = [];
    let covered = 0;
    for (let r = 0; r < repetitions; r++) {
      const entries = drawStudy(seededSource(5000 + r), design);
      const summary = summarizeTimeStudy(entries, { studyWorkdays: design.studyWorkdays, caseloads: { nd: design.caseload }, base: truth, seed: r });
      const { model, fromStudy } = timeStudyModel(summary, { base: truth });
      expect(fromStudy).toHaveLength(3);
      const { requiredOfficers } = simulate(model, { seed: r, iterations: 1000 }).total;
      if (requiredOfficers.p5 <= trueRequired && trueRequired <= requiredOfficers.p95) covered++;
      estimates.push(assess(model).total.requiredOfficers);
      statedSds.push(requiredOfficers.sd);
    }
    // Coverage: binomial, sd sqrt(0.694 x 0.306 / 80) = 0.052; 3.5 sd either side is 0.51 .. 0.87.
    // A coverage of 0.90 (stated = real uncertainty) fails this check; so does one below 0.51.
    const sd = Math.sqrt((EXPECTED_COVERAGE * (1 - EXPECTED_COVERAGE)) / repetitions);
    expect(covered / repetitions).toBeGreaterThan(EXPECTED_COVERAGE - 3.5 * sd);
    expect(covered / repetitions).toBeLessThan(EXPECTED_COVERAGE + 3.5 * sd);
    // The estimate is unbiased (the truth's value within 3.5 standard errors of the mean estimate) ...
    const spread = sampleStandardDeviation(estimates);
    expect(Math.abs(mean(estimates) - trueRequired)).toBeLessThan((3.5 * spread) / Math.sqrt(repetitions));
    // ... and simulate's sd is 0.622 of its real spread: a sample sd of 80 is off by 1 / sqrt(2 x 79)
    // = 8% (sd), so 3.5 of those either side: 0.45 .. 0.80. Stated = real (1.0) fails.
    const share = mean(statedSds) / spread;
    expect(share).toBeGreaterThan(STATED_SHARE * (1 - 3.5 / Math.sqrt(2 * (repetitions - 1))));
    expect(share).toBeLessThan(STATED_SHARE * (1 + 3.5 / Math.sqrt(2 * (repetitions - 1))));
  });
});
