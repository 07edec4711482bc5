import { describe, expect, it } from 'vitest';
import { assess, sensitivity, type ModelInput } from '../../src/index.js';

/**
 * One office, 1,000 paid hours, two dockets. Case hours at the means: 1000 - 50 (the duty's uniform
 * 0-100 h mean) = 950.
 * - nd: 500 cases x one task of PERT 1-2-6 h (mean 2.5) once a year: 1,250 h at the means.
 * - det: 200 cases x one task of 1 h, triangular 1-2-6 times a year (mean 3): 600 h at the means.
 * Total required at the means: (1250 + 600) / 950 = 1.947368.
 */
const model: ModelInput = {
  officerYear: { paidHours: 1000 },
  collateralDuties: [{ name: 'window duty', time: { low: 0, high: 100, dist: 'uniform' }, perYear: 1 }],
  caseTypes: [
    { id: 'nd', docket: 'non-detained', tasks: [{ name: 'check-in', time: { low: 1, mode: 2, high: 6 }, perYear: 1 }] },
    { id: 'det', docket: 'detained', tasks: [{ name: 'review', time: 1, perYear: { low: 1, mode: 2, high: 6, dist: 'triangular' } }] },
  ],
  offices: [{ id: 'o', officers: { 'non-detained': 1, detained: 1 }, cases: { nd: 500, det: 200 } }],
};

describe('sensitivity', () => {
  it('gives each input low and high, every other at its mean, largest swing first (worked by hand)', () => {
    const { requiredOfficers, rows } = sensitivity(model);
    expect(requiredOfficers).toBeCloseTo(1850 / 950, 12);
    expect(requiredOfficers).toBeCloseTo(assess(model).total.requiredOfficers, 12);
    const expected = [
      // check-in 1 h: (500 + 600) / 950; 6 h: (3000 + 600) / 950; swing 2500 / 950 = 2.6316
      { path: 'caseTypes[0].tasks[0].time', name: 'check-in', requiredAtLow: 1100 / 950, requiredAtHigh: 3600 / 950, swing: 2500 / 950 },
      // review once a year: (1250 + 200) / 950; 6 times: (1250 + 1200) / 950; swing 1000 / 950 = 1.0526
      { path: 'caseTypes[1].tasks[0].perYear', name: 'review', requiredAtLow: 1450 / 950, requiredAtHigh: 2450 / 950, swing: 1000 / 950 },
      // window duty 0 h: 1850 / 1000; 100 h: 1850 / 900; swing 0.2056
      { path: 'collateralDuties[0].time', name: 'window duty', requiredAtLow: 1850 / 1000, requiredAtHigh: 1850 / 900, swing: 1850 / 900 - 1850 / 1000 },
    ];
    expect(rows.map((row) => row.path)).toEqual(expected.map((row) => row.path));
    rows.forEach((row, i) => {
      const { path, name, requiredAtLow, requiredAtHigh, swing } = expected[i]!;
      expect(row).toMatchObject({ path, name });
      expect(row.requiredAtLow).toBeCloseTo(requiredAtLow, 12);
      expect(row.requiredAtHigh).toBeCloseTo(requiredAtHigh, 12);
      expect(row.swing).toBeCloseTo(swing, 12);
    });
    expect(rows[1]).toMatchObject({ range: { dist: 'triangular', low: 1, mode: 2, high: 6 }, unit: 'time a year' });
  });

  it('has no rows for a model without ranges', () => {
    const plain = { caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1 }] }] };
    expect(sensitivity(plain)).toEqual({ requiredOfficers: 0, rows: [] });
  });
});
