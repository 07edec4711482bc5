import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { allocateOfficers, apportion, assess } from '../../src/index.js';

// Two offices, one docket, weight 1 h a case, 2080 case hours: required officers = cases / 2080.
const model = {
  caseTypes: [{ id: 'c', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1 }] }],
  offices: [
    { id: 'big', officers: { d: 1 }, cases: { c: 3 * 2080 } }, // 3 officers' work
    { id: 'small', officers: { d: 1 }, cases: { c: 2080 } }, // 1 officer's work
    { id: 'none' },
  ],
};

describe('allocateOfficers', () => {
  it('splits the headcount in proportion to workload', () => {
    const result = allocateOfficers(model, 8);
    // 8 officers for 3 : 1 : 0 of work -> 6, 2, 0; utilization (3 x 2080) / (6 x 2080) = 0.5 everywhere.
    expect(result.rows).toEqual([
      { office: 'big', docket: 'd', officers: 6, requiredOfficers: 3, utilization: 0.5, caseloadPerOfficer: 1040 },
      { office: 'small', docket: 'd', officers: 2, requiredOfficers: 1, utilization: 0.5, caseloadPerOfficer: 1040 },
      { office: 'none', docket: 'd', officers: 0, requiredOfficers: 0, utilization: null, caseloadPerOfficer: null },
    ]);
    expect(result.maxUtilization).toBe(0.5);
    expect(result.minUtilization).toBe(0.5);
  });

  it('uses the chosen method, as apportion does on required officers', () => {
    const rows = assess(scenario).rows;
    const weights = Object.fromEntries(rows.map((row, i) => [String(i), row.requiredOfficers]));
    for (const method of ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton'] as const) {
      const allocation = allocateOfficers(scenario, 40, { method });
      expect(allocation.rows.map((row) => row.officers)).toEqual(Object.values(apportion(weights, 40, { method })));
      expect(allocation.rows.reduce((sum, row) => sum + row.officers, 0)).toBe(40);
    }
  });

  it('keeps the order of assess rows', () => {
    const allocation = allocateOfficers(scenario, 55);
    expect(allocation.rows.map((row) => `${row.office}/${row.docket}`)).toEqual(assess(scenario).rows.map((row) => `${row.office}/${row.docket}`));
  });

  it.each<[string, () => unknown, string]>([
    ['fractional officers', () => allocateOfficers(model, 2.5), 'totalOfficers must be a whole number >= 0, got 2.5'],
    ['fewer officers than rows with work under Huntington-Hill', () => allocateOfficers(model, 1),
      '1 officer is fewer than the 2 office x docket rows with work; huntington-hill gives each at least one: choose another method or more officers'],
    ['an unknown method', () => allocateOfficers(model, 4, { method: 'x' as never }), 'unknown method "x"'],
    ['officers and no work', () => allocateOfficers({ caseTypes: model.caseTypes, offices: [{ id: 'a' }] }, 3), 'no office x docket has any work'],
  ])('refuses %s', (_, call, message) => {
    expect(call).toThrow(message);
  });

  it('lets Jefferson leave a small row without an officer', () => {
    expect(allocateOfficers(model, 1, { method: 'jefferson' }).rows.map((row) => row.officers)).toEqual([1, 0, 0]);
  });
});
