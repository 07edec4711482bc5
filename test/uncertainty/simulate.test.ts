import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess, ModelError, simulate, type ModelInput } from '../../src/index.js';
import { smallModel } from '../helpers.js';

/**
 * One office whose officers have 2080 case hours (no deductions) and 2080 cases of one task done once
 * a year: required officers = workload / case hours = the task's time in hours, draw by draw.
 */
function oneTask(time: unknown, officers = 1): ModelInput {
  return {
    caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time, perYear: 1 }] }],
    offices: [{ id: 'o', officers: { d: officers }, cases: { a: 2080 } }],
  } as ModelInput;
}

/** A national-style model: two offices and two dockets, ranged task times, a ranged duty. */
function rangedModel(): ModelInput {
  return {
    collateralDuties: [{ name: 'window duty', time: { low: '2 workdays', mode: '4 workdays', high: '10 workdays' }, perYear: 1 }],
    caseTypes: [
      { id: 'nd', docket: 'non-detained', tasks: [
        { name: 'check-in', time: { low: '10 min', mode: '20 min', high: '45 min' }, every: '90 days' },
        { name: 'file review', time: 1, perYear: { low: 0.5, mode: 1, high: 2, dist: 'triangular' } },
      ] },
      { id: 'det', docket: 'detained', tasks: [{ name: 'detention review', time: { low: 4, high: 12, dist: 'uniform' }, perYear: 2 }] },
    ],
    offices: [
      { id: 'a', officers: { 'non-detained': 5, detained: 3 }, cases: { nd: 3000, det: 400 } },
      { id: 'b', officers: { 'non-detained': 2, detained: 1 }, cases: { nd: 1200, det: 150 } },
    ],
  };
}

describe('simulate', () => {
  it('gives the same result for the same seed, and does not mutate the model', () => {
    const model = rangedModel();
    const copy = structuredClone(model);
    const first = simulate(model, { seed: 42, iterations: 2000 });
    expect(simulate(model, { seed: 42, iterations: 2000 })).toEqual(first);
    expect(model).toEqual(copy);
    expect(first.uncertainInputs).toEqual([
      'collateralDuties[0].time', 'caseTypes[0].tasks[0].time', 'caseTypes[0].tasks[1].perYear', 'caseTypes[1].tasks[0].time',
    ]);
  });

  it('agrees across seeds within Monte Carlo error', () => {
    // Two independent runs of n draws: their means differ by N(0, 2 sd^2 / n), their shares staffed by
    // N(0, 2 p (1 - p) / n). Five standard errors: a false failure once in about 1.7 million runs.
    const n = 20_000;
    const [one, two] = [simulate(rangedModel(), { seed: 1, iterations: n }), simulate(rangedModel(), { seed: 2, iterations: n })];
    expect(one.total.requiredOfficers.mean).not.toBe(two.total.requiredOfficers.mean);
    const sd = one.total.requiredOfficers.sd;
    expect(Math.abs(one.total.requiredOfficers.mean - two.total.requiredOfficers.mean)).toBeLessThan(5 * sd * Math.sqrt(2 / n));
    const p = one.rows[0]!.probabilityStaffed;
    expect(p).toBeGreaterThan(0.05); // the row is staffed in some draws and not in others, so the check means something
    expect(p).toBeLessThan(0.95);
    expect(Math.abs(p - two.rows[0]!.probabilityStaffed)).toBeLessThan(5 * Math.sqrt((2 * p * (1 - p)) / n));
  });

  it('matches the Beta mean and sd for a single PERT task', () => {
    // low 1, mode 2, high 6 hours: Beta(1.8, 4.2) on [1, 6]; mean 2.5, variance 25 x 1.8 x 4.2 / (36 x 7) = 0.75.
    const n = 50_000;
    const { requiredOfficers } = simulate(oneTask({ low: 1, mode: 2, high: 6 }), { seed: 3, iterations: n }).total;
    const [mean, variance] = [2.5, (25 * 1.8 * 4.2) / (36 * 7)];
    // Fourth central moment from the Beta excess kurtosis 6 [(a - b)^2 (a + b + 1) - ab (a + b + 2)] / [ab (a + b + 2)(a + b + 3)]
    const excess = (6 * ((1.8 - 4.2) ** 2 * 7 - 1.8 * 4.2 * 8)) / (1.8 * 4.2 * 8 * 9);
    const sdError = Math.sqrt((((excess + 3) - 1) * variance ** 2) / n) / (2 * Math.sqrt(variance));
    expect(Math.abs(requiredOfficers.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / n));
    expect(Math.abs(requiredOfficers.sd - Math.sqrt(variance))).toBeLessThan(5 * sdError);
    expect(requiredOfficers.p5).toBeLessThan(requiredOfficers.p50);
    expect(requiredOfficers.p90).toBeLessThan(requiredOfficers.p95);
  });

  it('gives the probability staffed of the Beta CDF, computed independently', () => {
    // low 0, mode 0.25, high 1 hour: Beta(2, 4). With 0.5 officers on board the row is staffed when the
    // time is at most 0.5 h. For whole a and b, I_x(a, b) = P(Binomial(a + b - 1, x) >= a):
    // I_0.5(2, 4) = (C(5,2) + C(5,3) + C(5,4) + C(5,5)) / 2^5 = (10 + 10 + 5 + 1) / 32 = 0.8125.
    const n = 50_000;
    const result = simulate(oneTask({ low: 0, mode: 0.25, high: 1 }, 0.5), { seed: 4, iterations: n });
    const cdf = 26 / 32;
    expect(Math.abs(result.rows[0]!.probabilityStaffed - cdf)).toBeLessThan(5 * Math.sqrt((cdf * (1 - cdf)) / n));
    expect(result.total.probabilityStaffed).toBe(result.rows[0]!.probabilityStaffed);
  });

  it('has zero spread without ranges, and officersForConfidence and positionsToFund equal to assess', () => {
    const model = rangedModel();
    const plain = JSON.parse(JSON.stringify(model, (key, value) => (value?.low !== undefined ? value.high : value)));
    const result = simulate(plain, { seed: 5, iterations: 100, vacancyRate: 6 / 19 });
    const assessment = assess(plain, { vacancyRate: 6 / 19 });
    expect(result.uncertainInputs).toEqual([]);
    const pairs = [
      ...result.rows.map((row, i) => [row, assessment.rows[i]!] as const),
      ...result.offices.map((office, i) => [office, assessment.offices[i]!] as const),
      [result.total, assessment.total] as const,
    ];
    for (const [simulated, assessed] of pairs) {
      const { mean, sd, p5, p95 } = simulated.requiredOfficers;
      expect(sd).toBe(0);
      expect(p5).toBe(p95);
      expect(mean).toBeCloseTo(assessed.requiredOfficers, 9);
      for (const level of ['0.5', '0.8', '0.9', '0.95']) {
        expect(simulated.officersForConfidence[level]).toBe(assessed.recommendedOfficers);
        expect(simulated.positionsToFund![level]).toBe(assessed.positionsToFund);
      }
      expect(simulated.probabilityStaffed).toBe(assessed.requiredOfficers <= assessed.officers ? 1 : 0);
    }
  });

  it('draws each input once per iteration for every office, so identical offices move together', () => {
    const model = { ...oneTask({ low: 1, mode: 2, high: 6 }), offices: [0, 1].map((i) => ({ id: `o${i}`, officers: { d: 3 }, cases: { a: 2080 } })) };
    const { offices, total } = simulate(model, { seed: 6, iterations: 5000 });
    expect(offices[0]!.requiredOfficers).toEqual(offices[1]!.requiredOfficers);
    // Perfectly correlated: the total's sd is twice an office's (independent offices would give sqrt(2) times).
    expect(total.requiredOfficers.sd).toBeCloseTo(2 * offices[0]!.requiredOfficers.sd, 12);
  });

  it('counts an office as staffed only in draws where every docket is', () => {
    const result = simulate(rangedModel(), { seed: 7, iterations: 5000 });
    const [nd, det] = result.rows;
    expect(result.offices[0]!.probabilityStaffed).toBeLessThanOrEqual(Math.min(nd!.probabilityStaffed, det!.probabilityStaffed));
    expect(result.offices[0]!.probabilityStaffed).toBeGreaterThanOrEqual(nd!.probabilityStaffed + det!.probabilityStaffed - 1);
    // Whole officers per docket: an office needs at least its dockets' needs rounded up at each level.
    expect(result.offices[0]!.officersForConfidence['0.5']).toBeGreaterThanOrEqual(nd!.officersForConfidence['0.5']! + det!.officersForConfidence['0.5']! - 1);
  });

  it('reports progress, ending with (iterations, iterations)', () => {
    const calls: [number, number][] = [];
    simulate(smallModel(), { seed: 1, iterations: 3000, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([3000, 3000]);
    expect(calls.every(([done, total], i) => total === 3000 && done <= total && (i === 0 || done >= calls[i - 1]![0]))).toBe(true);
  });

  describe('calls onProgress at most 4 times a second', () => {
    afterEach(() => vi.restoreAllMocks());

    it('not at all before the end while the clock stands still', () => {
      vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
      const calls: number[] = [];
      simulate(rangedModel(), { seed: 1, iterations: 20_000, onProgress: (done) => calls.push(done) });
      expect(calls).toEqual([20_000]);
    });

    it('with at least 250 ms between calls on a clock that moves 100 ms each time it is read', () => {
      let now = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => (now += 100));
      const at: number[] = [];
      simulate(rangedModel(), { seed: 1, iterations: 20_000, onProgress: (done, total) => done < total && at.push(now) });
      expect(at.length).toBeGreaterThan(1); // it does report along the way
      at.slice(1).forEach((time, i) => expect(time - at[i]!).toBeGreaterThanOrEqual(250));
    });
  });

  it.each<[string, object, string]>([
    ['no seed', {}, 'seed is required: a whole number from 0 to 4294967295 (the same seed gives the same result)'],
    ['a fractional seed', { seed: 0.5 }, 'seed must be a whole number from 0 to 4294967295, got 0.5'],
    ['one iteration', { seed: 1, iterations: 1 }, 'iterations must be a whole number from 2 to 10000000 (every draw is kept: 8 bytes per draw for each office x docket row, office and total), got 1'],
    // 10^11 draws would be 800 GB per row: refused before any memory is asked for, not a raw typed-array error.
    ['10^11 iterations', { seed: 1, iterations: 99999999999 }, 'iterations must be a whole number from 2 to 10000000 (every draw is kept: 8 bytes per draw for each office x docket row, office and total), got 99999999999'],
    ['one more than the most iterations', { seed: 1, iterations: 10_000_001 }, 'iterations must be a whole number from 2 to 10000000 (every draw is kept: 8 bytes per draw for each office x docket row, office and total), got 10000001'],
    ['a confidence of 90', { seed: 1, confidence: [0.9, 90] }, 'confidence must be a non-empty list of levels in (0, 1], got [0.9,90]'],
    ['no confidence levels', { seed: 1, confidence: [] }, 'confidence must be a non-empty list of levels in (0, 1], got []'],
    ['a confidence level given twice', { seed: 1, confidence: [0.8, 0.9, 0.9] }, 'confidence must give each level once, got 0.9 twice in [0.8,0.9,0.9]'],
    ['a vacancy rate of 1', { seed: 1, vacancyRate: 1 }, 'vacancyRate must be a number in [0, 1), got 1'],
  ])('refuses %s', (_, options, message) => {
    expect(() => simulate(smallModel(), options as { seed: number })).toThrow(new RangeError(message));
  });

  it('refuses more draws than 1 GiB keeps, by the model\'s rows, before asking for the memory', () => {
    // 14 offices of one docket: 14 rows x 10,000,000 draws x 8 bytes = 1.04 GiB > 2^30 bytes;
    // the most is floor(2^27 / 14) = floor(9,586,980.57) = 9,586,980 iterations.
    const model = oneTask({ low: 1, high: 2, dist: 'uniform' });
    model.offices = Array.from({ length: 14 }, (_, i) => ({ id: `o${i}`, officers: { d: 1 }, cases: { a: 2080 } }));
    expect(() => simulate(model, { seed: 1, iterations: 10_000_000 })).toThrow(new RangeError(
      'iterations must be at most 9586980 for this model, got 10000000 (it keeps every draw: 14 office x docket rows x iterations x 8 bytes, at most 1 GiB)',
    ));
  });

  it('refuses a model whose duty ranges at their highs leave an office no case hours', () => {
    const model = { ...oneTask(1), collateralDuties: [{ name: 'window', time: { low: 0, high: 3000, dist: 'uniform' }, perYear: 1 }] } as ModelInput;
    let error: unknown;
    try {
      simulate(model, { seed: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).message).toBe(
      "offices[0]: case hours a year would be -920 with every collateral-duty range at its high; lower those highs or the officer year's deductions",
    );
  });
});
