import { describe, expect, it } from 'vitest';
import { assess, parseModel } from '../../src/index.js';
import { smallModel } from '../helpers.js';

describe('assess', () => {
  it('computes a row by hand', () => {
    const result = assess(smallModel());
    // weight 5 h; caseHours 2080; office a: 1040 cases, 2 officers.
    // workload 1040 x 5 = 5200 h; required 5200 / 2080 = 2.5 -> 3; gap 3 - 2 = 1
    // utilization 5200 / (2 x 2080) = 1.25; caseload 1040 / 2 = 520; hours per case 4160 / 1040 = 4
    // achievable 2080 / 5 = 416
    expect(result.caseHours).toBe(2080);
    expect(result.weights).toEqual({ nd: 5 });
    expect(result.rows).toEqual([
      {
        office: 'a', docket: 'non-detained', caseHours: 2080, cases: 1040, workloadHours: 5200,
        requiredOfficers: 2.5, recommendedOfficers: 3, officers: 2, gap: 1, utilization: 1.25, unstaffed: false,
        caseloadPerOfficer: 520, hoursPerCase: 4, achievableCaseload: 416,
      },
    ]);
    const { office, caseHours, ...officeStaffing } = result.offices[0]!;
    expect(office).toBe('a');
    expect(caseHours).toBe(2080);
    const { office: _o, docket: _d, caseHours: _c, ...rowStaffing } = result.rows[0]!;
    expect(officeStaffing).toEqual(rowStaffing);
    expect(result.total).toEqual(rowStaffing);
  });

  it('gives one row per office and docket, with nulls where a denominator is 0', () => {
    const result = assess({
      caseTypes: [
        { id: 'nd', docket: 'non-detained', tasks: [{ name: 't', time: 1, perYear: 2 }] }, // 2 h
        { id: 'det', docket: 'detained', tasks: [{ name: 't', time: 10, perYear: 1 }] }, // 10 h
      ],
      offices: [
        { id: 'x', officers: { detained: 1 }, cases: { nd: 208 } },
        { id: 'y' },
      ],
    });
    expect(result.rows.map((row) => `${row.office}/${row.docket}`)).toEqual([
      'x/non-detained', 'x/detained', 'y/non-detained', 'y/detained',
    ]);
    const [unstaffed, empty] = result.rows;
    // x/non-detained: 208 x 2 = 416 h with nobody on board: 416 / 2080 = 0.2 officers -> 1.
    expect(unstaffed).toMatchObject({
      cases: 208, workloadHours: 416, requiredOfficers: 0.2, recommendedOfficers: 1, officers: 0, gap: 1,
      utilization: null, unstaffed: true, caseloadPerOfficer: null, hoursPerCase: 0, achievableCaseload: 1040,
    });
    // x/detained: an officer and no cases.
    expect(empty).toMatchObject({
      cases: 0, workloadHours: 0, requiredOfficers: 0, recommendedOfficers: 0, officers: 1, gap: -1,
      utilization: 0, unstaffed: false, caseloadPerOfficer: 0, hoursPerCase: null, achievableCaseload: null,
    });
    // Office x: 416 h over 1 officer: utilization 416 / 2080 = 0.2.
    expect(result.offices[0]).toMatchObject({ cases: 208, officers: 1, utilization: 0.2, caseloadPerOfficer: 208 });
    expect(result.offices[1]).toMatchObject({ cases: 0, officers: 0, utilization: null, unstaffed: true });
    // No NaN or Infinity anywhere: the result survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("uses each office's own case hours and reports them per row", () => {
    const result = assess({
      caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 't', time: 1, perYear: 1 }] }],
      offices: [
        { id: 'inland', officers: { nd: 1 }, cases: { nd: 1000 } },
        // a border office loses 20 workdays x 8 h = 160 h to details: 2080 - 160 = 1920 case hours
        { id: 'border', officers: { nd: 1 }, cases: { nd: 1000 }, collateralDuties: [{ name: 'detail', time: '20 workdays', perYear: 1 }] },
      ],
    });
    expect(result.rows.map((row) => row.caseHours)).toEqual([2080, 1920]);
    expect(result.rows[1]!.requiredOfficers).toBeCloseTo(1000 / 1920, 12);
    // The model total: 2000 h of work over 2080 + 1920 = 4000 h of capacity.
    expect(result.total.utilization).toBeCloseTo(0.5, 12);
    expect(result.total.requiredOfficers).toBeCloseTo(1000 / 2080 + 1000 / 1920, 12);
    expect(result.total.recommendedOfficers).toBe(2);
  });

  it('funds positions at a vacancy rate: 13 officers at 6 of 19 vacant is 19 positions, not 20', () => {
    // Tasks of 0.1 h and 0.2 h: 0.3 h a case. caseHours 2080 x (1 - 0.1) = 1872.
    // 81,120 cases x 0.3 h = 24,336 h; 24,336 / 1872 = 13 officers; 13 / (1 - 6/19) = 13 x 19/13 = 19 positions.
    // In floating point the chain gives 13.000000000000002 and 19.000000000000004: a plain ceil says 14 and 20.
    const model = {
      officerYear: { adminShare: 0.1 },
      caseTypes: [{ id: 'c', docket: 'd', tasks: [{ name: 'a', time: 0.1, perYear: 1 }, { name: 'b', time: 0.2, perYear: 1 }] }],
      offices: [{ id: 'o', officers: { d: 13 }, cases: { c: 81_120 } }],
    };
    const row = assess(model, { vacancyRate: 6 / 19 }).rows[0]!;
    expect(Math.ceil(row.requiredOfficers)).toBe(14); // the noise is really there
    expect(row.requiredOfficers).toBeCloseTo(13, 12);
    expect(row.recommendedOfficers).toBe(13);
    expect(row.positionsToFund).toBe(19);
    expect(row.gap).toBe(0);
    expect(assess(model).rows[0]).not.toHaveProperty('positionsToFund');
  });

  it.each([1, -0.1, NaN, 2])('refuses a vacancy rate of %s', (vacancyRate) => {
    expect(() => assess(smallModel(), { vacancyRate })).toThrow(RangeError);
  });

  it('lists the inputs without a source', () => {
    const input = smallModel();
    expect(assess(input).unsourced).toEqual(['officerYear', 'caseTypes[0].tasks[0]', 'caseTypes[0].tasks[1]', 'offices[0]']);
    expect(assess({ ...input, source: 'time study 2018' }).unsourced).toEqual([]);
  });

  it('does not mutate its input and gives the same result for a parsed model', () => {
    const input = smallModel();
    const copy = structuredClone(input);
    const fromInput = assess(input);
    expect(input).toEqual(copy);
    expect(assess(parseModel(input))).toEqual(fromInput);
  });

  it('gives a new result on every call on a parsed model: what it keeps beside the model is not handed out', () => {
    const model = parseModel(smallModel());
    const first = assess(model);
    const expected = structuredClone(first);
    first.weights.nd = 99;
    first.unsourced.push('changed');
    first.rows[0]!.cases = 0;
    const second = assess(model);
    expect(second).toEqual(expected);
    expect(second.weights).not.toBe(first.weights);
    expect(second.unsourced).not.toBe(first.unsourced);
    // with and without a vacancy rate, in either order, from the same kept index
    expect(assess(model, { vacancyRate: 0.5 }).rows[0]).toMatchObject({ requiredOfficers: 2.5, positionsToFund: 5 });
    expect(assess(model).rows[0]).not.toHaveProperty('positionsToFund');
  });

  it('keeps "constructor" as an ordinary office, docket and case type id', () => {
    const result = assess({
      caseTypes: [{ id: 'constructor', docket: 'toString', tasks: [{ name: 't', time: 1, perYear: 1 }] }],
      offices: [{ id: 'valueOf', officers: { toString: 1 }, cases: { constructor: 2080 } }],
    });
    expect(result.rows[0]).toMatchObject({ office: 'valueOf', docket: 'toString', cases: 2080, utilization: 1 });
    expect(result.weights.constructor).toBe(1);
  });

  it('reads each office\'s counts whatever order it lists them in, and counts a case type it leaves out as 0', () => {
    // Weights: a 1 h, b 2 h (docket x), c 10 h (docket y). Case hours 2080.
    const task = (hours: number) => [{ name: 't', time: hours, perYear: 1 }];
    const result = assess({
      caseTypes: [
        { id: 'a', docket: 'x', tasks: task(1) },
        { id: 'b', docket: 'x', tasks: task(2) },
        { id: 'c', docket: 'y', tasks: task(10) },
      ],
      offices: [
        { id: 'o1', cases: { a: 1, b: 10, c: 100 } }, // x: 1 + 20 = 21 h; y: 1000 h
        { id: 'o2', cases: { c: 100, b: 10, a: 1 } }, // the same counts, listed the other way round
        { id: 'o3', cases: { b: 10, a: 1 } }, // the same keys in o2's places, c left out: y has 0 h
        { id: 'o4', cases: { a: 7, c: 3 } }, // x: 7 h; y: 30 h
      ],
    });
    expect(result.rows.map((row) => [row.office, row.docket, row.cases, row.workloadHours])).toEqual([
      ['o1', 'x', 11, 21], ['o1', 'y', 100, 1000],
      ['o2', 'x', 11, 21], ['o2', 'y', 100, 1000],
      ['o3', 'x', 11, 21], ['o3', 'y', 0, 0],
      ['o4', 'x', 7, 7], ['o4', 'y', 3, 30],
    ]);
    expect(result.total).toMatchObject({ cases: 11 * 3 + 7 + 200 + 3, workloadHours: 21 * 3 + 7 + 2000 + 30 });
  });
});
