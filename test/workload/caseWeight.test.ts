import { describe, expect, it } from 'vitest';
import { achievableCaseload, caseWeight, caseWeights } from '../../src/index.js';
import { smallModel } from '../helpers.js';

const twoTypes = {
  officerYear: { leave: 80 }, // 2000 case hours a year
  caseTypes: [
    { id: 'nd', docket: 'non-detained', tasks: [{ name: 'check-in', time: '20 min', every: '3 months' }] }, // 1/3 h x 4 = 4/3 h
    { id: 'det', docket: 'detained', tasks: [{ name: 'review', time: '1 workday', every: '1 month' }] }, // 8 h x 12 = 96 h
  ],
};

describe('caseWeight', () => {
  it('adds time x timesPerYear x share over the tasks', () => {
    // 30 min x 4 = 2 h, plus 6 h x 1 x 0.5 = 3 h: 5 h a case a year.
    expect(caseWeight(smallModel(), 'nd')).toBe(5);
    expect(caseWeight(twoTypes, 'nd')).toBeCloseTo(4 / 3, 12);
    expect(caseWeight(twoTypes, 'det')).toBeCloseTo(96, 12);
  });

  it('reads workday task times against the model officer year', () => {
    const model = { ...twoTypes, officerYear: { workdayHours: 10 } };
    expect(caseWeight(model, 'det')).toBeCloseTo(120, 12); // 10 h x 12
  });

  it('lists every weight by id, in model order', () => {
    const weights = caseWeights(twoTypes);
    expect(Object.keys(weights)).toEqual(['nd', 'det']);
    expect(weights.nd).toBeCloseTo(4 / 3, 12);
  });

  it('names an unknown case type', () => {
    expect(() => caseWeight(twoTypes, 'x')).toThrow(new RangeError('unknown case type "x" (case types: "nd", "det")'));
  });
});

describe('achievableCaseload', () => {
  it('is caseHours / caseWeight', () => {
    // 2000 / (4/3) = 1500 cases; 2000 / 96 = 20.83
    expect(achievableCaseload(twoTypes, 'nd')).toBeCloseTo(1500, 9);
    expect(achievableCaseload(twoTypes, 'det')).toBeCloseTo(2000 / 96, 9);
  });

  it('uses the count-weighted mean weight for a mix', () => {
    // mean weight = (900 x 4/3 + 100 x 96) / 1000 = (1200 + 9600) / 1000 = 10.8 h; 2000 / 10.8 = 185.19
    expect(achievableCaseload(twoTypes, { nd: 900, det: 100 })).toBeCloseTo(2000 / 10.8, 9);
    // A mix of one type is that type's caseload.
    expect(achievableCaseload(twoTypes, { nd: 7 })).toBeCloseTo(1500, 9);
  });

  it("uses an office's case hours when asked", () => {
    const model = { ...twoTypes, offices: [{ id: 'o', officerYear: { leave: 480 } }] }; // 1600 case hours
    expect(achievableCaseload(model, 'nd', { office: 'o' })).toBeCloseTo(1200, 9);
  });

  it('refuses a bad mix', () => {
    expect(() => achievableCaseload(twoTypes, { nd: -1 })).toThrow(new RangeError('case mix "nd": count must be a finite number >= 0, got -1'));
    expect(() => achievableCaseload(twoTypes, { nd: NaN })).toThrow(RangeError);
    expect(() => achievableCaseload(twoTypes, { nd: 0 })).toThrow(new RangeError('the case mix has no cases'));
    expect(() => achievableCaseload(twoTypes, {})).toThrow(new RangeError('the case mix has no cases'));
    expect(() => achievableCaseload(twoTypes, { zz: 1 })).toThrow('unknown case type "zz"');
    expect(() => achievableCaseload(twoTypes, 3 as unknown as string)).toThrow(TypeError);
  });
});
