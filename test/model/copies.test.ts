/**
 * What-if copies: a parsed model, a spread of it with changed offices, its structuredClone and its
 * JSON round trip are all model inputs, and give the figures of the model they copy.
 */
import { describe, expect, it } from 'vitest';
import { assess, caseWeights, officerYear, parseModel, unsourcedInputs, type ModelInput } from '../../src/index.js';

/** Every resolved form a parsed model holds: workday times, workday and calendar frequencies, sources, overrides. */
function input(): ModelInput {
  return {
    $schema: '../docs/model.schema.json',
    name: 'what-if',
    officerYear: { holidays: '10 workdays', leave: 160, training: '40 h', adminShare: 0.1, source: 'OPM' },
    collateralDuties: [{ name: 'window duty', time: '1 workday', every: '4 workweeks' }],
    caseTypes: [
      { id: 'nd', label: 'non-detained', docket: 'non-detained', priority: 2, tasks: [
        { name: 'check-in', time: '20 min', every: '90 days' },
        { name: 'travel document', time: 6, perYear: 1, share: 0.1, source: 'time study' },
      ] },
      { id: 'det', docket: 'detained', tasks: [{ name: 'review', time: '0.5 workday', every: 'monthly' }], source: 'panel' },
    ],
    offices: [
      { id: 'dc', name: 'Washington', officers: { 'non-detained': 12, detained: 2.5 }, cases: { nd: 10156, det: 80 } },
      { id: 'atl', officers: { 'non-detained': 30 }, cases: { nd: 9000 }, source: 'ERO Atlanta',
        officerYear: { workdayHours: 10 }, collateralDuties: [{ name: 'escort', time: '2 workdays', perYear: 6 }] },
    ],
  };
}

const figures = (model: unknown) => ({
  assessment: assess(model as ModelInput, { vacancyRate: 0.2 }),
  weights: caseWeights(model as ModelInput),
  year: officerYear(model as ModelInput),
  atlanta: officerYear(model as ModelInput, { office: 'atl' }),
  unsourced: unsourcedInputs(model as ModelInput),
});

describe('copies of a parsed model', () => {
  const parsed = parseModel(input());
  const expected = figures(input());

  it.each<[string, () => unknown]>([
    ['the parsed model', () => parsed],
    ['its structuredClone', () => structuredClone(parsed)],
    ['its JSON round trip', () => JSON.parse(JSON.stringify(parsed))],
    ['a spread of it', () => ({ ...parsed })],
  ])('%s gives the same figures as its input', (_, copy) => {
    expect(figures(copy())).toEqual(expected);
  });

  it('parses a copy to an equal model, without the $schema key', () => {
    expect(parseModel(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(parsed).not.toHaveProperty('$schema');
  });

  it('takes a spread with changed offices, parsed and raw, as the input with those offices', () => {
    const raw = input().offices!;
    const changed = { ...raw[0]!, cases: { nd: 5000, det: 80 } };
    const spread = { ...parsed, offices: [parsed.offices[1]!, changed] };
    expect(figures(spread)).toEqual(figures({ ...input(), offices: [raw[1]!, changed] }));
  });

  it('reports a broken field of a copy with its path, like any input', () => {
    const negative = JSON.parse(JSON.stringify(parsed));
    negative.caseTypes[0].tasks[0].time = { amount: -1, unit: 'hour' };
    expect(() => parseModel(negative)).toThrow(/^caseTypes\[0\]\.tasks\[0\]\.time\.amount: must be >= 0, got -1$/);
    const twice = JSON.parse(JSON.stringify(parsed));
    twice.caseTypes[0].tasks[1].frequency = { perYear: 1, perWorkday: 0.5 };
    expect(() => parseModel(twice)).toThrow(/^caseTypes\[0\]\.tasks\[1\]\.frequency: give one of perYear and perWorkday$/);
    const both = JSON.parse(JSON.stringify(parsed));
    both.caseTypes[0].tasks[1].perYear = 2;
    expect(() => parseModel(both)).toThrow(/^caseTypes\[0\]\.tasks\[1\]\.frequency: give perYear or frequency, not both$/);
  });
});
