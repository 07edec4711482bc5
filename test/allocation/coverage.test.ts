import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/index.js';

// caseHours 2080. Weights: criminal 4 h, recent 2 h, other 1 h, all non-detained; priorities 1, 2, 2.
const model = {
  caseTypes: [
    { id: 'criminal', docket: 'nd', priority: 1, tasks: [{ name: 't', time: 4, perYear: 1 }] },
    { id: 'recent', docket: 'nd', priority: 2, tasks: [{ name: 't', time: 2, perYear: 1 }] },
    { id: 'other', docket: 'nd', priority: 2, tasks: [{ name: 't', time: 1, perYear: 1 }] },
    { id: 'unranked', docket: 'nd', tasks: [{ name: 't', time: 1, perYear: 1 }] },
  ],
  offices: [{ id: 'dc', officers: { nd: 2 }, cases: { criminal: 500, recent: 600, other: 1200, unranked: 100 } }],
};

describe('coverage', () => {
  it('spends case hours on the highest priority first, equal priorities in proportion to workload', () => {
    // Capacity 2 x 2080 = 4160 h. criminal: 500 x 4 = 2000 h, covered; 2160 h left.
    // recent 600 x 2 = 1200 h and other 1200 x 1 = 1200 h share 2160 h: 2160 / 2400 = 0.9 each;
    // uncovered 1200 x 0.1 = 120 h each. unranked (after every numbered priority): nothing left, 100 h uncovered.
    const { rows } = coverage(model);
    expect(rows.map((row) => [row.caseType, row.priority, row.cases, row.coveredShare])).toEqual([
      ['criminal', 1, 500, 1],
      ['recent', 2, 600, 0.9],
      ['other', 2, 1200, 0.9],
      ['unranked', null, 100, 0],
    ]);
    expect(rows.map((row) => row.uncoveredHours)).toEqual([0, expect.closeTo(120, 9), expect.closeTo(120, 9), 100]);
    expect(rows[0]).toMatchObject({ office: 'dc', docket: 'nd' });
  });

  it('treats every case type alike without priorities, and leaves nothing uncovered with enough officers', () => {
    const plain = { ...model, caseTypes: model.caseTypes.map(({ priority: _p, ...caseType }) => caseType) };
    // 2000 + 1200 + 1200 + 100 = 4500 h of work over 4160 h: 4160 / 4500 = 0.924 for all.
    expect(new Set(coverage(plain).rows.map((row) => row.coveredShare!.toFixed(9)))).toEqual(new Set([(4160 / 4500).toFixed(9)]));
    const staffed = { ...model, offices: [{ ...model.offices[0]!, officers: { nd: 3 } }] }; // 6240 h >= 4500 h
    expect(coverage(staffed).rows.every((row) => row.coveredShare === 1 && row.uncoveredHours === 0)).toBe(true);
  });

  it('covers nothing where no officer is on board, and gives null where there are no cases', () => {
    const { rows } = coverage({ ...model, offices: [{ id: 'x', cases: { criminal: 10 } }] });
    expect(rows[0]).toMatchObject({ caseType: 'criminal', coveredShare: 0, uncoveredHours: 40 });
    expect(rows[1]).toMatchObject({ caseType: 'recent', cases: 0, coveredShare: null, uncoveredHours: 0 });
  });

  it('refuses a priority that is not a whole number >= 1', () => {
    expect(() => coverage({ caseTypes: [{ ...model.caseTypes[0]!, priority: 0 }] })).toThrow('caseTypes[0].priority: must be >= 1, got 0');
  });
});
