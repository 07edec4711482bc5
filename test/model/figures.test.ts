/**
 * Figures that would overflow are model errors naming the field; no result holds Infinity or NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievableCaseload, assess, caseWeights, ModelError, officerYear, parseModel, type ModelInput } from '../../src/index.js';
import { issueLines } from '../helpers.js';

const TOO_LARGE = 'too large to compute with (every figure must stay below 1e+290)';
type CaseTypeInput = NonNullable<ModelInput['caseTypes']>[number];
const caseType = (task: Omit<CaseTypeInput['tasks'][number], 'name'>): CaseTypeInput => ({ id: 'nd', docket: 'd', tasks: [{ name: 't', ...task }] });

describe('figures that overflow', () => {
  it.each<[string, unknown, string[]]>([
    // 1e-310 years is 3.2e-303 seconds: read by its length, shorter than a day.
    ['an interval of 1e-310 years', { caseTypes: [caseType({ time: 1, every: '1e-310 years' })] },
      ['caseTypes[0].tasks[0].every: "1e-310 years" is shorter than a day; give perYear (times a year) for something done more than once a day, or an interval of a day or more such as "1 day" or "1 workday"']],
    ['an interval of 1e308 years', { caseTypes: [caseType({ time: 1, every: '1e308 years' })] },
      ['caseTypes[0].tasks[0].every: "1e308 years" is not a finite amount']],
    // 1e308 h x 10 a year = 1e309 h: beyond the largest double.
    ['a time of 1e308 hours, 10 times a year', { caseTypes: [caseType({ time: 1e308, perYear: 10 })] },
      [`caseTypes[0].tasks[0]: its hours a year (time x times a year x share) are ${TOO_LARGE}`]],
    // 1e308 workdays x 8 h = Infinity; x share 0 would be NaN, not 0.
    ['a time of 1e308 workdays at share 0', { caseTypes: [caseType({ time: '1e308 workdays', perYear: 1, share: 0 })] },
      [`caseTypes[0].tasks[0]: its hours a year (time x times a year x share) are ${TOO_LARGE}`]],
    ['a collateral duty read against an office\'s longer workday',
      { officerYear: { workdayHours: 1 }, collateralDuties: [{ name: 'd', time: '1e307 workdays', perYear: 1e-307 }],
        offices: [{ id: 'o', officerYear: { workdayHours: 24 } }] },
      // The model's 1-hour workday: 1e307 h x 1e-307 = 1 h a year. The office's 24-hour workday: 2.4e308 h, Infinity.
      [`collateralDuties[0]: its hours a year (time x times a year x share) are ${TOO_LARGE}`]],
    // 1e280 h a case x 9e15 cases = 9e295 h.
    ['a workload of 9e295 hours', { caseTypes: [caseType({ time: 1e280, perYear: 1 })], offices: [{ id: 'o', cases: { nd: 9e15 } }] },
      [`offices[0].cases: the office's workload is ${TOO_LARGE}`]],
    // 1e300 officers x 2080 h.
    ['1e300 officers', { caseTypes: [caseType({ time: 1, perYear: 1 })], offices: [{ id: 'o', officers: { d: 1e300 } }] },
      [`offices[0].officers: the office's officers and their hours are ${TOO_LARGE}`]],
    // 2080 h / 1e-300 h a case = 2e303 cases per officer.
    ['a weight of 1e-300 hours', { caseTypes: [caseType({ time: 1e-300, perYear: 1 })] },
      [`caseTypes[0].tasks: the case type's weight, 1e-300 hours a year, is too small: case hours / weight (the achievable caseload) is ${TOO_LARGE}`]],
  ])('%s', (_, input, lines) => {
    expect(issueLines(() => parseModel(input))).toEqual(lines);
  });

  it('refuses offices whose figures add up past the limit, though each is within it', () => {
    // 1e284 h a case x 9e5 cases = 9e289 h in each office, 3 offices: 2.7e290 h.
    const offices = ['a', 'b', 'c'].map((id) => ({ id, cases: { nd: 9e5 } }));
    expect(issueLines(() => parseModel({ caseTypes: [caseType({ time: 1e284, perYear: 1 })], offices }))).toEqual([
      `offices: the offices' cases, workload or officers add up to a figure ${TOO_LARGE}`,
    ]);
    expect(issueLines(() => parseModel({ caseTypes: [caseType({ time: 1e284, perYear: 1 })], offices: offices.slice(0, 1) }))).toEqual([]);
  });
});

/** Paths of the numbers in a result that are NaN or infinite. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
}

describe('no result holds Infinity or NaN (property)', () => {
  // Mostly ordinary numbers, so that many models parse; extreme ones often enough to meet every check.
  const EXTREMES = [0, 5e-324, 1e-310, 1e-300, 1e-150, 1e-10, 1e10, 1e150, 1e289, 1e300, 1e308, Number.MAX_VALUE];
  const mostly = <T,>(ordinary: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) => fc.oneof({ arbitrary: ordinary, weight: 8 }, { arbitrary: rare, weight: 1 });
  const extreme = mostly(fc.constantFrom(0.5, 1, 7, 40), fc.constantFrom(...EXTREMES));
  const time = fc.oneof(
    extreme,
    fc.tuple(extreme, fc.constantFrom('h', 'min', 'workdays', 'workweeks')).map(([n, unit]) => `${n} ${unit}`),
  );
  const interval = fc.tuple(mostly(fc.constantFrom(1, 7, 90), fc.constantFrom(...EXTREMES)), fc.constantFrom('days', 'yr', 'workdays', 'workweeks'));
  const frequency = fc.oneof(
    extreme.map((perYear) => ({ perYear })),
    interval.map(([n, unit]) => ({ every: `${n} ${unit}` })),
    mostly(fc.constantFrom(48, 240), fc.constantFrom(...EXTREMES)).map((n) => ({ every: `${n} hours` })),
  );
  const share = mostly(fc.constantFrom(0.5, 1), fc.constantFrom(0, 5e-324, 1e-300));
  const activity = (name: string) => fc.tuple(time, frequency, share).map(([t, f, s]) => ({ name, time: t, ...f, share: s }));
  const activities = (n: number) => fc.tuple(...Array.from({ length: n }, (_, i) => activity(`a${i}`)));
  const year = fc.record(
    {
      paidHours: mostly(fc.constantFrom(2080, 8784), fc.constantFrom(1e-300, 1)),
      workdayHours: mostly(fc.constantFrom(8, 24), fc.constantFrom(1e-300, 0.5)),
      leave: mostly(fc.constantFrom(0, 40, '5 workdays'), time),
      adminShare: fc.constantFrom(0, 0.5, 1 - 2 ** -53),
    },
    { requiredKeys: [] },
  );
  const count = fc.constantFrom(0, 1, 1000, 2 ** 53 - 1);
  const office = (id: string) =>
    fc.record(
      {
        id: fc.constant(id),
        officers: fc.record({ a: extreme, b: extreme }, { requiredKeys: [] }),
        cases: fc.record({ c0: count, c1: count }, { requiredKeys: [] }),
        officerYear: year,
        collateralDuties: fc.integer({ min: 0, max: 2 }).chain(activities),
      },
      { requiredKeys: ['id'] },
    );
  const model = fc.record({
    officerYear: year,
    collateralDuties: fc.integer({ min: 0, max: 2 }).chain(activities),
    caseTypes: fc.tuple(
      fc.integer({ min: 1, max: 3 }).chain(activities).map((tasks) => ({ id: 'c0', docket: 'a', tasks })),
      fc.integer({ min: 1, max: 3 }).chain(activities).map((tasks) => ({ id: 'c1', docket: 'b', tasks })),
    ),
    offices: fc.tuple(office('o0'), office('o1'), office('o2')),
  });

  it('parseModel refuses the model with a ModelError, or assess, caseWeights, officerYear and achievableCaseload give finite figures', () => {
    let parsedCount = 0;
    fc.assert(
      fc.property(model, (input) => {
        let parsed;
        try {
          parsed = parseModel(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelError);
          return;
        }
        parsedCount++;
        const results = [
          assess(parsed),
          assess(parsed, { vacancyRate: 1 - 2 ** -53 }),
          caseWeights(parsed),
          officerYear(parsed),
          ...parsed.offices.map((o) => officerYear(parsed, { office: o.id })),
          ...parsed.caseTypes.map((c) => achievableCaseload(parsed, c.id)),
          ...parsed.offices.map((o) => achievableCaseload(parsed, { c0: 2 ** 53 - 1, c1: 1 }, { office: o.id })),
        ];
        expect(nonFinite(results)).toEqual([]);
      }),
      { numRuns: 600 },
    );
    // The property means something only if many generated models parse.
    expect(parsedCount).toBeGreaterThan(60);
  }, 60_000);

  it('holds for the raw input too: assess of the input gives the figures of the parsed model', () => {
    const input: ModelInput = { caseTypes: [caseType({ time: 1e284, perYear: 1 })], offices: [{ id: 'o', cases: { nd: 9e5 }, officers: { d: 1e-300 } }] };
    const result = assess(input, { vacancyRate: 1 - 2 ** -53 });
    expect(nonFinite(result)).toEqual([]);
    expect(result).toEqual(assess(parseModel(input), { vacancyRate: 1 - 2 ** -53 }));
  });
});

describe('officers beyond the limit', () => {
  it('are refused even where case hours are so few that their capacity stays small', () => {
    // 3e289 officers in each of 4 offices, 1.2e290 in all; 1e-10 paid hours make their capacity 1.2e280 hours.
    const offices = [3e289, 3e289, 3e289, 3e289].map((n, i) => ({ id: `o${i}`, officers: { d: n } }));
    const input = { officerYear: { paidHours: 1e-10 }, caseTypes: [caseType({ time: 1e-20, perYear: 1 })], offices };
    expect(issueLines(() => parseModel(input))).toEqual([`offices: the offices' cases, workload or officers add up to a figure ${TOO_LARGE}`]);
  });
});
