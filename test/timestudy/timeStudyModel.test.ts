import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/model/parseModel.js';
import { caseWeight } from '../../src/workload/caseWeight.js';
import { summarizeTimeStudy } from '../../src/timestudy/summarizeTimeStudy.js';
import { timeStudyModel } from '../../src/timestudy/timeStudyModel.js';
import type { TimeStudyEntry } from '../../src/timestudy/types.js';
import { handLog } from './handLog.js';

// The hand-worked log, plus case work on a case type with no caseload.
const log: TimeStudyEntry[] = [...handLog, { officer: 'b', date: '2026-03-04', caseType: 'det', task: 'review', minutes: 60 }];
const summary = summarizeTimeStudy(log, { studyWorkdays: 4, caseloads: { nd: 100 }, workdaysPerYear: 200 });
const source = (n: number) => `time study: ${n} ${n === 1 ? 'entry' : 'entries'}, 2026-03-02 to 2026-03-04, 2 officers`;
// The Poisson interval of a count N: (sqrt(N) -/+ 1.6448536269514722 / 2)^2, here / 100 cases x 50.
const poisson = (n: number, sign: number) => Number((((Math.sqrt(n) + (sign * 1.6448536269514722) / 2) ** 2) / 2).toPrecision(6));

describe('timeStudyModel', () => {
  it('writes measured times as ranges over the interval of the mean, frequencies as measured, and cites the study', () => {
    const { model, fromStudy, fromBase, notUsed } = timeStudyModel(summary);
    const [ci0, ci1] = summary.tasks[0]!.ci!;
    expect(model.caseTypes).toEqual([
      {
        id: 'nd',
        docket: 'default',
        tasks: [
          {
            name: 'check-in',
            time: { low: `${Number(ci0.toPrecision(6))} min`, mode: '22.5 min', high: `${Number(ci1.toPrecision(6))} min` },
            perYear: { low: poisson(4, -1), mode: 2, high: poisson(4, 1) },
            source: source(3),
          },
          // one entry: no interval of the mean, so a plain time
          { name: 'travel document', time: '120 min', perYear: { low: poisson(1, -1), mode: 0.5, high: poisson(1, 1) }, source: source(1) },
        ],
      },
    ]);
    expect(model.collateralDuties).toEqual([
      { name: 'window duty', time: '195 h', perYear: 1, source: source(2) },
      { name: 'training', time: '32.5 h', perYear: 1, source: source(1) },
    ]);
    expect(fromStudy).toEqual(['caseTypes[0].tasks[0]', 'caseTypes[0].tasks[1]', 'collateralDuties[0]', 'collateralDuties[1]']);
    expect(fromBase).toEqual([]);
    expect(notUsed).toEqual([{ caseType: 'det', task: 'review', reason: 'no caseload for its case type' }]);
    expect(() => parseModel(model)).not.toThrow();
  });

  it('keeps what the study did not measure from the base, and says which is which', () => {
    const base = {
      officerYear: { holidays: '10 workdays', source: 'OPM' },
      collateralDuties: [
        { name: 'window duty', time: '1 workday', every: '4 workweeks' },
        { name: 'firearms', time: '16 h', perYear: 1 },
      ],
      caseTypes: [
        { id: 'nd', docket: 'non-detained', tasks: [
          { name: 'check-in', time: '20 min', every: '90 days', share: 0.5 },
          { name: 'address update', time: '10 min', perYear: 1 },
        ] },
      ],
      offices: [{ id: 'dc', officers: { 'non-detained': 3 }, cases: { nd: 100 } }],
    };
    const before = structuredClone(base);
    const { model, fromStudy, fromBase } = timeStudyModel(summary, { base });
    expect(base).toEqual(before); // does not mutate
    expect(model.caseTypes![0]!.docket).toBe('non-detained');
    expect(model.caseTypes![0]!.tasks.map((t) => t.name)).toEqual(['check-in', 'address update', 'travel document']);
    expect(model.caseTypes![0]!.tasks[0]!).not.toHaveProperty('share'); // the measured frequency covers all cases
    expect(model.collateralDuties!.map((d) => d.name)).toEqual(['window duty', 'firearms', 'training']);
    expect(model.offices).toEqual(base.offices);
    expect(fromStudy).toEqual(['caseTypes[0].tasks[0]', 'caseTypes[0].tasks[2]', 'collateralDuties[0]', 'collateralDuties[2]']);
    expect(fromBase).toEqual(['caseTypes[0].tasks[1]', 'collateralDuties[1]', 'officerYear', 'offices[0]']);
    // The case weight uses the ranges' PERT means: travel document 2 h x (low + 4 x 0.5 + high) / 6, and so on.
    const pert = (low: number, mode: number, high: number) => (low + 4 * mode + high) / 6;
    const [ci0, ci1] = summary.tasks[0]!.ci!.map((m) => Number(m.toPrecision(6)));
    const expected =
      (pert(ci0!, 22.5, ci1!) / 60) * pert(poisson(4, -1), 2, poisson(4, 1)) +
      (10 / 60) * 1 +
      2 * pert(poisson(1, -1), 0.5, poisson(1, 1));
    expect(caseWeight(model, 'nd')).toBeCloseTo(expected, 10);
  });

  it('refuses what is not a summary', () => {
    expect(() => timeStudyModel(null as never)).toThrow('timeStudyModel: summary must be what summarizeTimeStudy returns');
  });
});
