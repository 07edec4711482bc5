/**
 * A parsed model is a model input (docs/model.md, "Parsed models, and copies of them"); with ranged
 * estimates, its activities' `ranges` are given back and restored, so every copy simulates as it does.
 */
import { describe, expect, it } from 'vitest';
import { assess, ModelError, parseModel, sensitivity, simulate, type ModelInput } from '../../src/index.js';

/** Ranged times (hours, workdays, a uniform range), a ranged perYear, a window task, an office's own ranged duty. */
const INPUT: ModelInput = {
  collateralDuties: [{ name: 'escort', time: { low: '1 workday', mode: '2 workdays', high: '5 workdays' }, perYear: 2 }],
  caseTypes: [
    { id: 'nd', docket: 'non-detained', tasks: [
      { name: 'check-in', time: { low: '10 min', mode: '20 min', high: '45 min' }, every: '90 days', window: true },
      { name: 'file review', time: 1, perYear: { low: 0.5, mode: 1, high: 2, dist: 'triangular' } },
    ] },
    { id: 'det', docket: 'detained', tasks: [{ name: 'detention review', time: { low: 4, high: 12, dist: 'uniform' }, perYear: 2 }] },
  ],
  offices: [
    { id: 'a', officers: { 'non-detained': 5, detained: 3 }, cases: { nd: 3000, det: 400 } },
    { id: 'b', officers: { 'non-detained': 2, detained: 1 }, cases: { nd: 1200, det: 150 },
      collateralDuties: [{ name: 'training others', time: { low: 10, mode: 20, high: 40 }, perYear: 1 }] },
  ],
};

/** The issue lines of a ModelError. */
function issueLines(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('copies of a parsed model with ranges', () => {
  const parsed = parseModel(INPUT);
  const copies: [string, unknown][] = [
    ['structuredClone', structuredClone(parsed)],
    ['JSON round trip', JSON.parse(JSON.stringify(parsed))],
    ['spread', { ...parsed, caseTypes: parsed.caseTypes.map((caseType) => ({ ...caseType })) }],
  ];

  it('keeps the ranges on the parsed activities, their means as time and frequency', () => {
    const [checkIn, fileReview] = parsed.caseTypes[0]!.tasks;
    // (10 + 4 x 20 + 45) / 6 = 22.5 min = 0.375 h
    expect(checkIn!.time).toEqual({ amount: 0.375, unit: 'hour' });
    expect(checkIn!.ranges).toEqual({ time: { dist: 'pert', low: 10 / 60, mode: 20 / 60, high: 0.75 } });
    expect(checkIn!.window).toBe(true);
    // (0.5 + 1 + 2) / 3
    expect(fileReview!.frequency).toEqual({ perYear: 3.5 / 3 });
    expect(parsed.collateralDuties[0]!.time).toEqual({ amount: (1 + 8 + 5) / 6, unit: 'workday' });
  });

  it.each(copies)('%s parses to the same model: ranges and the window flag restored', (_, copy) => {
    expect(parseModel(copy as ModelInput)).toEqual(parsed);
  });

  it.each(copies)('%s gives the same simulate result with the same seed, the same sensitivity and assess', (_, copy) => {
    const expected = simulate(INPUT, { seed: 7, iterations: 500 });
    expect(simulate(copy as ModelInput, { seed: 7, iterations: 500 })).toEqual(expected);
    expect(sensitivity(copy as ModelInput)).toEqual(sensitivity(INPUT));
    expect(assess(copy as ModelInput)).toEqual(assess(INPUT));
  });

  it('refuses ranges given back whose mean is not the value beside them, naming the field', () => {
    const task = parsed.caseTypes[0]!.tasks[0]!;
    const duty = parsed.collateralDuties[0]!;
    const withTask = (changed: object) => ({ ...parsed, caseTypes: [{ ...parsed.caseTypes[0]!, tasks: [changed] }, parsed.caseTypes[1]!] });
    expect(issueLines(() => parseModel(withTask({ ...task, time: { amount: 0.5, unit: 'hour' } })))).toEqual([
      'caseTypes[0].tasks[0].ranges.time: its mean 0.375 must equal the time.amount beside it, got 0.5; change both together, or remove ranges',
    ]);
    expect(issueLines(() => parseModel({ ...parsed, collateralDuties: [{ ...duty, time: { amount: 3, unit: 'workday' } }] }))).toEqual([
      'collateralDuties[0].ranges.time: its mean 2.3333333333333335 must equal the time.amount beside it, got 3; change both together, or remove ranges',
    ]);
    const fileReview = parsed.caseTypes[0]!.tasks[1]!;
    expect(issueLines(() => parseModel(withTask({ ...fileReview, frequency: { perWorkday: 0.1 } })))).toEqual([
      'caseTypes[0].tasks[0].ranges.perYear: its mean 1.1666666666666667 must equal the perYear beside it, got a frequency per workday; change both together, or remove ranges',
    ]);
    expect(issueLines(() => parseModel(withTask({ ...task, time: { low: 1, mode: 2, high: 3 } })))).toEqual([
      'caseTypes[0].tasks[0].ranges.time: give the range in time or in ranges.time, not both',
    ]);
    expect(issueLines(() => parseModel(withTask({ ...task, ranges: { time: { low: 1, mode: 0.5, high: 3 } } })))).toEqual([
      'caseTypes[0].tasks[0].ranges.time.mode: must be between low 1 and high 3, got 0.5',
    ]);
  });

  it('a what-if that drops the range reads the new time', () => {
    const { ranges: _, ...task } = parsed.caseTypes[0]!.tasks[0]!;
    const changed = parseModel({ ...parsed, caseTypes: [{ ...parsed.caseTypes[0]!, tasks: [{ ...task, time: { amount: 0.5, unit: 'hour' } }] }, parsed.caseTypes[1]!] });
    expect(changed.caseTypes[0]!.tasks[0]).toEqual({ ...task, time: { amount: 0.5, unit: 'hour' } });
  });
});

describe('overflow checks read each range at its high', () => {
  const oneTask = (time: unknown) => ({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time, perYear: 1 }] }] }) as ModelInput;

  it('refuses a task whose high overflows though its mean does not', () => {
    // mean (0 + 0 + 3e290) / 6 = 5e289 is below 1e290; the high, 3e290, is not
    expect(issueLines(() => parseModel(oneTask({ low: 0, mode: 0, high: 3e290 })))).toEqual([
      'caseTypes[0].tasks[0]: its hours a year (time x times a year x share, each range at its high) are too large to compute with (every figure must stay below 1e+290)',
    ]);
  });

  it('accepts a task whose high stays below the limit', () => {
    expect(parseModel(oneTask({ low: 0, mode: 0, high: 6e289 })).caseTypes[0]!.tasks[0]!.time).toEqual({ amount: 1e289, unit: 'hour' });
  });
});
