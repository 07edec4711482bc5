import { describe, expect, it } from 'vitest';
import { allocateHires, hiringPlan } from '../../src/index.js';

/**
 * One case type of 1 hour a case a year, and the default officer year of 2,080 case hours: each
 * 2,080 cases need one officer.
 */
function model(offices: { id: string; officers: number; cases: number }[]) {
  return {
    caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'work', time: 1, perYear: 1 }] }],
    offices: offices.map(({ id, officers, cases }) => ({ id, officers: { nd: officers }, cases: { nd: cases } })),
  };
}

/** Rows rounded to 10 decimals, for figures worked by hand. */
const rounded = (rows: object[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? +value.toFixed(10) : value])));

describe('hiringPlan: a three-year example worked by hand', () => {
  // 100 officers on board; 208,000 cases growing 10% a year need 100, 110 and 121 officers.
  // 10% attrition at the start of each year; hires train for 18 months, so a year's hires carry no cases
  // in their first year and half a year's worth in their second, after which they count among those who may leave.
  const office = model([{ id: 'a', officers: 100, cases: 208_000 }]);
  const options = { years: 3, docketGrowth: 0.1, attritionRate: 0.1, trainingMonths: 18, startYear: 2017 };

  it('with 10 hires a year, the gap never closes', () => {
    const plan = hiringPlan(office, { ...options, hiresPerYear: 10 });
    // 2017: 10 leave (10% of 100); 90 carry cases; the 10 hires train all year.
    // 2018: 9 leave (10% of 90); 81 + half of 2017's hires = 86; in training: 5 (2017's, half the year) + 10 (2018's).
    //       2017's hires now carry cases: 81 + 10 = 91 start 2019.
    // 2019: 9.1 leave; 81.9 + half of 2018's hires = 86.9; in training 5 + 10.
    expect(rounded(plan.rows)).toEqual([
      { year: 2017, cases: 208_000, requiredOfficers: 100, officers: 90, inTraining: 10, hires: 10, separations: 10, gap: 10 },
      { year: 2018, cases: 228_800, requiredOfficers: 110, officers: 86, inTraining: 15, hires: 10, separations: 9, gap: 24 },
      { year: 2019, cases: 251_680, requiredOfficers: 121, officers: 86.9, inTraining: 15, hires: 10, separations: 9.1, gap: 34.1 },
    ]);
    expect(plan.hiresPerYear).toBe(10);
    expect(plan.gapClosesIn).toBeNull();
  });

  it('finds the fewest hires a year that close the gap by the last year: 35', () => {
    // With H hires a year: 2019's officers are 0.9 (81 + H) + H / 2 = 72.9 + 1.4 H >= 121, so H >= 34.36.
    const plan = hiringPlan(office, options);
    expect(plan.hiresPerYear).toBe(35);
    expect(rounded(plan.rows)).toEqual([
      { year: 2017, cases: 208_000, requiredOfficers: 100, officers: 90, inTraining: 35, hires: 35, separations: 10, gap: 10 },
      { year: 2018, cases: 228_800, requiredOfficers: 110, officers: 98.5, inTraining: 52.5, hires: 35, separations: 9, gap: 11.5 },
      { year: 2019, cases: 251_680, requiredOfficers: 121, officers: 121.9, inTraining: 52.5, hires: 35, separations: 11.6, gap: -0.9 },
    ]);
    expect(plan.gapClosesIn).toBe(2019);
    // 34 a year leave 72.9 + 47.6 = 120.5 officers against 121.
    const fewer = hiringPlan(office, { ...options, hiresPerYear: 34 });
    expect(+fewer.rows[2]!.gap.toFixed(10)).toBe(0.5);
    expect(fewer.gapClosesIn).toBeNull();
  });

  it('counts a hire who finishes training mid-year as half an officer that year', () => {
    const plan = hiringPlan(office, { ...options, docketGrowth: 0, trainingMonths: 6, hiresPerYear: 10 });
    // Each year: 10 of 100 leave, 10 join and carry cases from July: 90 + 5 officers, 5 in training; 100 start the next year.
    expect(rounded(plan.rows).map((row) => [row.officers, row.inTraining, row.separations, row.gap])).toEqual([
      [95, 5, 10, 5],
      [95, 5, 10, 5],
      [95, 5, 10, 5],
    ]);
    const untrained = hiringPlan(office, { ...options, docketGrowth: 0, trainingMonths: 0, hiresPerYear: 10 });
    expect(untrained.rows.map((row) => [row.officers, row.inTraining])).toEqual([[100, 0], [100, 0], [100, 0]]);
    expect(untrained.gapClosesIn).toBe(2017);
  });

  it('adds positions to fund at a vacancy rate, as assess does', () => {
    const plan = hiringPlan(office, { ...options, vacancyRate: 0.2 });
    expect(plan.rows.map((row) => row.positionsToFund)).toEqual([125, 138, 152]); // 100 / 0.8; 137.5 and 151.25 rounded up
  });
});

describe('hiringPlan: where the hires go', () => {
  it("places each year's hires by allocateHires over the officers each office then has", () => {
    // a: 10 officers for 20 officers' work; b: 10 for 10. No attrition, no training, no growth.
    const plan = hiringPlan(model([{ id: 'a', officers: 10, cases: 41_600 }, { id: 'b', officers: 10, cases: 20_800 }]), {
      years: 2,
      docketGrowth: 0,
      attritionRate: 0,
      trainingMonths: 0,
      hiresPerYear: 10,
    });
    // Year 1: a runs at 200%, b at 100%: all 10 to a, leaving 20 and 10 officers at 100% each.
    // Year 2 counts them: each hire to the higher utilization, ties to a (listed first):
    // a 20/21, b 10/11, a 20/22, a 20/23 (tie at 90.9%), b 10/12, a 20/24, a 20/25 (tie at 83.3%), b 10/13, a 20/26, a 20/27.
    expect(plan.offices).toEqual([
      { year: 1, office: 'a', docket: 'nd', hires: 10 },
      { year: 2, office: 'a', docket: 'nd', hires: 7 },
      { year: 2, office: 'b', docket: 'nd', hires: 3 },
    ]);
    expect(allocateHires(model([{ id: 'a', officers: 10, cases: 41_600 }, { id: 'b', officers: 10, cases: 20_800 }]), 10).rows.map((row) => row.added)).toEqual([10, 0]);
  });

  it("places exactly each year's hires, and counts hires still in training as the office's", () => {
    const input = model([
      { id: 'a', officers: 3, cases: 50_000 },
      { id: 'b', officers: 12, cases: 20_000 },
      { id: 'c', officers: 0, cases: 9_000 },
      { id: 'd', officers: 40, cases: 30_000 },
    ]);
    const plan = hiringPlan(input, { years: 5, docketGrowth: 0.07, attritionRate: 0.08, trainingMonths: 20 });
    for (const row of plan.rows) {
      const placed = plan.offices.filter((office) => office.year === row.year).reduce((total, office) => total + office.hires, 0);
      expect(placed).toBe(row.hires);
    }
    // Officers in training hold their office's place: nobody is hired twice into a gap already being filled.
    const hiresOf = (office: string) => plan.offices.filter((row) => row.office === office).reduce((total, row) => total + row.hires, 0);
    expect(hiresOf('d')).toBe(0); // 40 officers for 14.4 officers' work, even after 5 years of growth and attrition
    expect(hiresOf('c')).toBeGreaterThan(0);
    // The fewest hires: the last year closes, and one hire a year fewer leaves it open.
    expect(plan.rows[4]!.gap).toBeLessThanOrEqual(0);
    expect(plan.gapClosesIn).not.toBeNull();
    const fewer = hiringPlan(input, { years: 5, docketGrowth: 0.07, attritionRate: 0.08, trainingMonths: 20, hiresPerYear: plan.hiresPerYear - 1 });
    expect(fewer.rows[4]!.gap).toBeGreaterThan(0);
    expect(fewer.gapClosesIn).toBeNull();
  });
});

describe('hiringPlan: a docket history', () => {
  it('fits a line by least squares and grows the docket along it from startYear', () => {
    const plan = hiringPlan(model([{ id: 'a', officers: 1, cases: 1_400 }]), {
      years: 3,
      docketGrowth: [
        { year: 2016, cases: 100 },
        { year: 2018, cases: 140 },
        { year: 2020, cases: 180 },
      ],
      startYear: 2018,
      attritionRate: 0,
      trainingMonths: 0,
      hiresPerYear: 0,
    });
    // The points lie on cases = 20 year - 40,220: 140 in 2018, 160 in 2019, 180 in 2020.
    expect(plan.docketTrend).toMatchObject({ slope: 20, rSquared: 1 });
    expect(plan.docketTrend!.intercept).toBeCloseTo(-40_220, 6);
    expect(plan.docketTrend!.method).toContain('linear least squares');
    expect(plan.rows.map((row) => [row.year, row.cases])).toEqual([[2018, 1_400], [2019, 1_600], [2020, 1_800]]);
  });

  it('reports how well a noisy history fits', () => {
    const plan = hiringPlan(model([{ id: 'a', officers: 1, cases: 1_000 }]), {
      years: 2, docketGrowth: [{ year: 1, cases: 10 }, { year: 2, cases: 30 }, { year: 3, cases: 20 }], startYear: 3, attritionRate: 0, trainingMonths: 0, hiresPerYear: 0,
    });
    // x = 1, 2, 3; y = 10, 30, 20: slope 5, intercept 10; fitted 15, 20, 25; SSres 25 + 100 + 25 = 150, SStot 200: r^2 = 0.25.
    expect(plan.docketTrend).toMatchObject({ slope: 5, intercept: 10, rSquared: 0.25 });
    expect(plan.rows.map((row) => row.cases)).toEqual([1_000, 1_200]); // 25 -> 30 in the trend: x 1.2
  });
});

describe('hiringPlan: errors', () => {
  const input = model([{ id: 'a', officers: 10, cases: 40_000 }]);
  const options = { years: 3, docketGrowth: 0.05, attritionRate: 0.1, trainingMonths: 6 };
  it.each<[string, object, string]>([
    ['zero years', { years: 0 }, 'years must be a whole number in [1, 1000], got 0'],
    ['more than 1,000 years', { years: 1001 }, 'years must be a whole number in [1, 1000], got 1001'],
    ['2^53 hires a year', { hiresPerYear: 2 ** 53 }, 'hiresPerYear must be a whole number in [0, 2^53 - 1], got 9007199254740992'],
    ['attrition of 1', { attritionRate: 1 }, 'attritionRate must be a number in [0, 1), got 1'],
    ['negative training', { trainingMonths: -1 }, 'trainingMonths must be a number in [0, Infinity), got -1'],
    ['fractional hires', { hiresPerYear: 2.5 }, 'hiresPerYear must be a whole number in [0, 2^53 - 1], got 2.5'],
    ['a fractional start year', { startYear: 2016.5 }, 'startYear must be a whole number, got 2016.5'],
    ['a vacancy rate of 1', { vacancyRate: 1 }, 'vacancyRate must be a number in [0, 1), got 1'],
    ['a growth rate of -100%', { docketGrowth: -1 }, 'docketGrowth must be a yearly rate > -1 or a history of { year, cases }, got -1'],
    ['a history without startYear', { docketGrowth: [{ year: 1, cases: 1 }, { year: 2, cases: 2 }] }, "startYear is needed with a docket history: the year the model's case counts describe"],
    ['a history of one year', { docketGrowth: [{ year: 1, cases: 1 }], startYear: 1 }, 'docketGrowth needs at least two years of docket sizes, got 1'],
    ['a year given twice', { docketGrowth: [{ year: 1, cases: 1 }, { year: 1, cases: 2 }], startYear: 1 }, 'docketGrowth[1].year: 1 is given twice'],
    ['negative cases', { docketGrowth: [{ year: 1, cases: 1 }, { year: 2, cases: -2 }], startYear: 1 }, 'docketGrowth[1].cases must be a number >= 0, got -2'],
    ['a trend at 0 in the start year', { docketGrowth: [{ year: 1, cases: 10 }, { year: 2, cases: 0 }], startYear: 2 }, 'the docket trend is 0 or less in 2 (0 cases): a share of it cannot be taken'],
    ['training longer than the plan', { trainingMonths: 36 }, 'no number of hires closes the gap by 3: hires finish training after the plan ends (trainingMonths 36 >= 3 years)'],
  ])('refuses %s', (_, change, message) => {
    expect(() => hiringPlan(input, { ...options, ...change })).toThrow(message);
  });

  it('does not mutate its input', () => {
    const history = [{ year: 1, cases: 1 }, { year: 2, cases: 2 }];
    const copy = structuredClone({ input, history });
    hiringPlan(input, { ...options, docketGrowth: history, startYear: 2 });
    expect({ input, history }).toEqual(copy);
  });
});

describe('hiringPlan: figures past what a count holds exactly are errors, and the work is bounded', () => {
  // 2,080 cases need one officer. At 300% a year the docket is 2,080 x 4^k in year k + 1; it passes
  // 2^53 - 1 = 9,007,199,254,740,991 when 4^k > 4.33e12, first at k = 21 (4^21 = 2^42 = 4.398e12): year 22,
  // 2,080 x 2^42 = 9.15e15 cases. (Before, 25 years at 300% never finished.)
  const input = model([{ id: 'a', officers: 10, cases: 2080 }]);
  const options = { docketGrowth: 3, attritionRate: 0.05, trainingMonths: 6 };

  it('refuses a docket that passes 2^53 - 1 cases, naming the option and the year', () => {
    expect(() => hiringPlan(input, { ...options, years: 25 })).toThrow(
      'docketGrowth: the docket passes 2^53 - 1 (9007199254740991) cases in 22 (9.15e+15), past what a count can hold exactly: plan fewer years or a slower docketGrowth',
    );
    // 21 years end at 2,080 x 4^20 = 2.29e15 cases: a plan.
    expect(hiringPlan(input, { ...options, years: 21 }).rows.at(-1)!.cases).toBe(2080 * 4 ** 20);
  });

  it('refuses a docket whose growth overflows to Infinity (100% a year for 1,000 years) at the year it passes 2^53 - 1', () => {
    // 2,080 x 2^k > 2^53 - 1 first at k = 42: year 43 of a plan starting in 1, 9.15e15 cases.
    expect(() => hiringPlan(input, { ...options, docketGrowth: 1, years: 1000 })).toThrow('cases in 43 (9.15e+15)');
    // A model without cases has nothing to overflow: 0 cases every year.
    const empty = hiringPlan(model([{ id: 'a', officers: 1, cases: 0 }]), { ...options, docketGrowth: 1, years: 1100 - 100 });
    expect(empty.rows.every((row) => row.cases === 0 && row.requiredOfficers === 0)).toBe(true);
  });

  it('refuses a gap that only more than 2^53 - 1 hires a year would close, without searching past it', () => {
    // One officer a case (2,080 hours a case a year), 10^12 cases, nobody on board; hires train for all but
    // 0.00012 of the only year's 12 months, so each carries 0.00012 / 12 = 1e-5 officer years:
    // 10^12 / 1e-5 = 10^17 hires, past 2^53 - 1 = 9.0e15.
    const heavy = {
      caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'work', time: 2080, perYear: 1 }] }],
      offices: [{ id: 'a', officers: { nd: 0 }, cases: { nd: 1e12 } }],
    };
    expect(() => hiringPlan(heavy, { years: 1, docketGrowth: 0, attritionRate: 0, trainingMonths: 12 - 0.00012 })).toThrow(
      'closing the gap by 1 takes more than 2^53 - 1 (9007199254740991) hires a year, past what a count can hold exactly: plan fewer years or a slower docketGrowth',
    );
  });

  it('reads the year the gap closes off the rows: a large gap is not taken for float noise', () => {
    // 2,080,000,000,001,040 cases = 2,080 x (10^12 + 0.5) need 10^12 + 0.5 officers; nobody on board, no
    // attrition, no training: H hires are H officers, so the fewest are 10^12 + 1. (A relative tolerance of
    // 1e-9 took 10^12 - 999, left a gap of +999.5 in the row and said the gap closed.)
    const large = model([{ id: 'a', officers: 0, cases: 2_080_000_000_001_040 }]);
    const plan = hiringPlan(large, { years: 1, docketGrowth: 0, attritionRate: 0, trainingMonths: 0 });
    expect(plan.hiresPerYear).toBe(1_000_000_000_001);
    expect(plan.rows[0]).toMatchObject({ requiredOfficers: 1_000_000_000_000.5, officers: 1_000_000_000_001, gap: -0.5 });
    expect(plan.gapClosesIn).toBe(1);
    const short = hiringPlan(large, { years: 1, docketGrowth: 0, attritionRate: 0, trainingMonths: 0, hiresPerYear: 1_000_000_000_000 });
    expect(short.rows[0]!.gap).toBe(0.5);
    expect(short.gapClosesIn).toBeNull();
  });

  it('gives a gap within float noise as 0, and the summary agrees with the rows', () => {
    // 1,934.4 case hours a year over 2,080 need 0.93 officers; 1 on board, 7% leave: 1 - 0.07 is
    // 0.9299999999999999 in floating point, 1.1e-16 short of 0.93. Noise: the gap is 0 and no hire is needed.
    const input = {
      caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'work', time: 1934.4, perYear: 1 }] }],
      offices: [{ id: 'a', officers: { nd: 1 }, cases: { nd: 1 } }],
    };
    const plan = hiringPlan(input, { years: 1, docketGrowth: 0, attritionRate: 0.07, trainingMonths: 0 });
    expect(plan.rows[0]).toMatchObject({ requiredOfficers: 0.93, officers: 1 - 0.07, gap: 0 });
    expect(0.93 - (1 - 0.07)).toBeGreaterThan(0); // the noise the gap leaves out
    expect(plan.hiresPerYear).toBe(0);
    expect(plan.gapClosesIn).toBe(1);
  });
});
