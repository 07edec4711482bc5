import { describe, expect, it } from 'vitest';
import { assess, caseWeight, officerYear, parseModel, type ModelInput } from '../../src/index.js';
import { rangeMean } from '../../src/model/range.js';
import { issueLines } from '../helpers.js';

/** A model with one case type whose one task has this time and perYear. */
const withTask = (time: unknown, perYear: unknown = 1) =>
  ({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time, perYear }] }] }) as ModelInput;

describe('ranged task times', () => {
  it('takes the mean of each distribution', () => {
    // PERT (1 + 4 x 2 + 6) / 6 = 2.5; triangular (1 + 2 + 6) / 3 = 3; uniform (1 + 6) / 2 = 3.5
    expect(rangeMean({ dist: 'pert', low: 1, mode: 2, high: 6 })).toBe(2.5);
    expect(rangeMean({ dist: 'triangular', low: 1, mode: 2, high: 6 })).toBe(3);
    expect(rangeMean({ dist: 'uniform', low: 1, high: 6 })).toBe(3.5);
  });

  it('uses the mean in every deterministic calculation, and keeps the range', () => {
    const model = parseModel(withTask({ low: 1, mode: 2, high: 6 }, { low: 2, mode: 2, high: 8, dist: 'triangular' }));
    const task = model.caseTypes[0]!.tasks[0]!;
    expect(task.time).toEqual({ amount: 2.5, unit: 'hour' });
    expect(task.frequency).toEqual({ perYear: 4 }); // (2 + 2 + 8) / 3
    expect(task.ranges).toEqual({
      time: { dist: 'pert', low: 1, mode: 2, high: 6 },
      perYear: { dist: 'triangular', low: 2, mode: 2, high: 8 },
    });
    expect(caseWeight(model, 'a')).toBe(10); // 2.5 h x 4 a year
  });

  it('reads dist in any case, trimmed, as lower case', () => {
    const task = parseModel(withTask({ low: 1, mode: 2, high: 6, dist: ' PERT ' }, { low: 2, high: 8, dist: 'Uniform' })).caseTypes[0]!.tasks[0]!;
    expect(task.ranges).toEqual({ time: { dist: 'pert', low: 1, mode: 2, high: 6 }, perYear: { dist: 'uniform', low: 2, high: 8 } });
    expect(task.time).toEqual({ amount: 2.5, unit: 'hour' }); // (1 + 4 x 2 + 6) / 6
  });

  it('reads units in each bound, and a workday against the officer year', () => {
    const model = parseModel({
      officerYear: { workdayHours: 10 },
      ...withTask({ low: '1 workday', mode: '2 workdays', high: '1 workweek' }),
    });
    // PERT in workdays: (1 + 8 + 5) / 6 = 7/3 workdays, 23.33 h at 10 h a day
    expect(model.caseTypes[0]!.tasks[0]!.time).toEqual({ amount: 14 / 6, unit: 'workday' });
    expect(caseWeight(model, 'a')).toBeCloseTo(70 / 3, 12);
  });

  it('takes a ranged collateral-duty time, whose mean sets the case hours', () => {
    const model = { collateralDuties: [{ name: 'window', time: { low: 0, high: 8, dist: 'uniform' as const }, perYear: 10 }] };
    expect(officerYear(model).collateralHours).toBe(40); // 4 h mean x 10
  });

  it('gives the same assessment as the model written with the means', () => {
    const ranged: ModelInput = {
      ...withTask({ low: '20 min', mode: '30 min', high: '1 h', dist: 'triangular' }, { low: 2, mode: 4, high: 12 }),
      offices: [{ id: 'o', officers: { d: 1 }, cases: { a: 1000 } }],
    };
    const plain: ModelInput = { ...withTask((20 / 60 + 0.5 + 1) / 3, (2 + 16 + 12) / 6), offices: ranged.offices };
    const { rows } = assess(ranged);
    expect(rows[0]!.workloadHours).toBeCloseTo(assess(plain).rows[0]!.workloadHours, 9);
  });

  it.each<[string, unknown, unknown, string[]]>([
    ['high below low', { low: 3, mode: 2, high: 1 }, 1, ['caseTypes[0].tasks[0].time.high: must be greater than low 3, got 1']],
    ['low equal to high', { low: 2, high: 2, dist: 'uniform' }, 1, ['caseTypes[0].tasks[0].time.high: must be greater than low 2, got 2']],
    ['a mode outside the range', { low: 1, mode: 4, high: 3 }, 1, ['caseTypes[0].tasks[0].time.mode: must be between low 1 and high 3, got 4']],
    ['a pert range without mode', { low: 1, high: 3 }, 1, ['caseTypes[0].tasks[0].time.mode: is required for a pert range (only a uniform range goes without)']],
    ['a uniform range with a mode', { low: 1, mode: 2, high: 3, dist: 'uniform' }, 1,
      ['caseTypes[0].tasks[0].time.mode: a uniform range takes low and high only: remove mode, or give dist "pert" or "triangular"']],
    ['bounds in hours and workdays', { low: '1 h', mode: '1 workday', high: '2 workdays' }, 1,
      ['caseTypes[0].tasks[0].time.mode: "1 workday" is in workdays but low "1 h" is in hours; give low, mode and high in one kind of unit (s, min, h; or workday, workweek)']],
    ['a calendar unit in a bound', { low: '1 h', mode: '3 days', high: '2 workdays' }, 1,
      ['caseTypes[0].tasks[0].time.mode: "3 days" is a calendar unit; write officer time in workday or workweek (an escort trip of 3 days costs an officer 3 workdays, not 72 hours)']],
    ['a negative bound', { low: -1, mode: 1, high: 2 }, 1, ['caseTypes[0].tasks[0].time.low: must be >= 0, got -1']],
    ['an unknown distribution', { low: 1, high: 2, dist: 'beta' }, 1,
      ['caseTypes[0].tasks[0].time.dist: must be one of "pert", "triangular", "uniform", got the string "beta"']],
    ['an unknown distribution in capitals', { low: 1, high: 2, dist: ' Beta ' }, 1,
      ['caseTypes[0].tasks[0].time.dist: must be one of "pert", "triangular", "uniform", got the string "beta"']],
    ['a decimal comma in a bound', { low: '1,5 h', mode: '2 h', high: '3 h' }, 1,
      ['caseTypes[0].tasks[0].time.low: "1,5 h" is not a number with a unit: write numbers with a decimal point and no thousands separators']],
    ['a misspelt key', { low: 1, mod: 2, high: 3 }, 1, ['caseTypes[0].tasks[0].time.mod: unknown key; did you mean "mode"?']],
    ['a missing bound', { low: 1, mode: 2 }, 1, ['caseTypes[0].tasks[0].time.high: is required']],
    ['a perYear range out of order', 1, { low: 2, mode: 1, high: 1 }, ['caseTypes[0].tasks[0].perYear.high: must be greater than low 2, got 1']],
    ['a perYear that is neither', 1, 'often', ['caseTypes[0].tasks[0].perYear: expected times a year as a number >= 0, or a range { low, mode, high }, got the string "often"']],
    ['a perYear range with units', 1, { low: '1 h', mode: 2, high: 3 }, ['caseTypes[0].tasks[0].perYear.low: expected a number, got the string "1 h"']],
  ])('refuses %s, naming the field', (_, time, perYear, lines) => {
    expect(issueLines(() => parseModel(withTask(time, perYear)))).toEqual(lines);
  });

  it('refuses a range in the officer year, which has no ranges', () => {
    expect(issueLines(() => parseModel({ officerYear: { leave: { low: 1, mode: 2, high: 3 } } }))).toEqual([
      'officerYear.leave: expected hours as a number >= 0, a string with a unit such as "20 min", or { amount, unit: "hour" | "workday" }, got an object',
    ]);
  });
});
