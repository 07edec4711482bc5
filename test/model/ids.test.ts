/**
 * Ids are plain data: every lookup in a record keyed by ids is an own-property lookup, so ids that
 * name `Object.prototype` members work like any other, and a missing one reads as absent.
 */
import { describe, expect, it } from 'vitest';
import {
  achievableCaseload, assess, caseWeight, caseWeights, officerYear, parseModel, unsourcedInputs, withCaseCounts, type ModelInput,
} from '../../src/index.js';

const task = (time: number, perYear: number) => [{ name: 't', time, perYear }];

/** Case types, dockets and offices all named after Object.prototype members. */
const input = (): ModelInput => ({
  caseTypes: [
    { id: 'constructor', docket: 'toString', tasks: task(1, 2) }, // 2 h a case
    { id: 'valueOf', docket: 'toString', tasks: task(3, 1) }, // 3 h
    { id: 'hasOwnProperty', docket: 'valueOf', tasks: task(2, 5) }, // 10 h
  ],
  offices: [
    // The second office counts no constructor or hasOwnProperty cases and no officers on valueOf.
    { id: 'constructor', officers: { toString: 2, valueOf: 1 }, cases: { constructor: 100, hasOwnProperty: 10 } },
    { id: 'hasOwnProperty', officers: { toString: 1 }, cases: { valueOf: 50 }, officerYear: { paidHours: 1040 } },
  ],
});

describe('ids named after Object.prototype members', () => {
  it('parses, and a missing id reads as undefined', () => {
    const model = parseModel(input());
    expect(model.offices[0]!.cases.constructor).toBe(100);
    expect(model.offices[0]!.cases.valueOf).toBeUndefined();
    expect(model.offices[1]!.officers.valueOf).toBeUndefined();
    expect(model.offices[1]!.cases.hasOwnProperty).toBeUndefined();
    expect(Object.hasOwn(model.offices[0]!.cases, 'toString')).toBe(false);
    expect('toString' in model.offices[0]!.cases).toBe(false);
  });

  it('gives the weights, officer years and caseloads worked by hand', () => {
    expect(caseWeight(input(), 'constructor')).toBe(2);
    expect(caseWeights(input())).toEqual({ constructor: 2, valueOf: 3, hasOwnProperty: 10 });
    expect(officerYear(input(), { office: 'hasOwnProperty' }).caseHours).toBe(1040);
    expect(officerYear(input(), { office: 'constructor' }).caseHours).toBe(2080);
    expect(achievableCaseload(input(), 'constructor')).toBe(1040); // 2080 / 2
    expect(achievableCaseload(input(), { constructor: 1, valueOf: 1 })).toBe(832); // 2080 / 2.5
    expect(achievableCaseload(input(), 'valueOf', { office: 'hasOwnProperty' })).toBeCloseTo(1040 / 3, 12);
  });

  it('assesses each office and docket with the counts worked by hand', () => {
    const rows = assess(input()).rows.map(({ office, docket, cases, workloadHours, officers }) => ({ office, docket, cases, workloadHours, officers }));
    expect(rows).toEqual([
      { office: 'constructor', docket: 'toString', cases: 100, workloadHours: 200, officers: 2 }, // 100 x 2 h
      { office: 'constructor', docket: 'valueOf', cases: 10, workloadHours: 100, officers: 1 }, // 10 x 10 h
      { office: 'hasOwnProperty', docket: 'toString', cases: 50, workloadHours: 150, officers: 1 }, // 50 x 3 h
      { office: 'hasOwnProperty', docket: 'valueOf', cases: 0, workloadHours: 0, officers: 0 },
    ]);
  });

  it('lists unsourced inputs and takes new counts keyed by such ids', () => {
    expect(unsourcedInputs(input())).toContain('offices[1].officerYear');
    const { model, officesWithoutCounts } = withCaseCounts(input(), { constructor: { hasOwnProperty: 7 } });
    expect(model.offices[0]!.cases).toEqual({ hasOwnProperty: 7 });
    expect(officesWithoutCounts).toEqual(['hasOwnProperty']);
  });
});
