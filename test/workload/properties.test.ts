import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';

/** A random valid model: 1-3 case types on 1-2 dockets, 1-3 offices. */
const modelArbitrary = fc
  .record({
    tasks: fc.array(
      fc.record({
        time: fc.double({ min: 0.01, max: 20, noNaN: true }),
        perYear: fc.double({ min: 0.1, max: 52, noNaN: true }),
        share: fc.double({ min: 0.01, max: 1, noNaN: true }),
        docket: fc.constantFrom('a', 'b'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    offices: fc.array(
      fc.record({
        cases: fc.array(fc.nat({ max: 20_000 }), { minLength: 3, maxLength: 3 }),
        officers: fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 2, maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ tasks, offices }) => ({
    caseTypes: tasks.map((task, i) => ({
      id: `c${i}`,
      docket: task.docket,
      tasks: [{ name: 'work', time: task.time, perYear: task.perYear, share: task.share }],
    })),
    offices: offices.map((office, i) => {
      const dockets = [...new Set(tasks.map((task) => task.docket))];
      return {
        id: `o${i}`,
        officers: Object.fromEntries(dockets.map((docket, j) => [docket, office.officers[j]!])),
        cases: Object.fromEntries(tasks.map((_, j) => [`c${j}`, office.cases[j]!])),
      };
    }),
  }));

describe('monotonicity', () => {
  it('more time on a task never lowers required or recommended officers', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.nat(), fc.double({ min: 1, max: 5, noNaN: true }), (model, pick, factor) => {
        const before = assess(model);
        const caseType = model.caseTypes[pick % model.caseTypes.length]!;
        const slower = {
          ...model,
          caseTypes: model.caseTypes.map((c) =>
            c === caseType ? { ...c, tasks: c.tasks.map((t) => ({ ...t, time: t.time * factor })) } : c,
          ),
        };
        const after = assess(slower);
        after.rows.forEach((row, i) => {
          expect(row.requiredOfficers).toBeGreaterThanOrEqual(before.rows[i]!.requiredOfficers);
          expect(row.recommendedOfficers).toBeGreaterThanOrEqual(before.rows[i]!.recommendedOfficers);
        });
      }),
    );
  });

  it('more officers never raise utilization', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.double({ min: 0.01, max: 10, noNaN: true }), (model, extra) => {
        const before = assess(model);
        const more = {
          ...model,
          offices: model.offices.map((office) => ({
            ...office,
            officers: Object.fromEntries(Object.entries(office.officers).map(([docket, n]) => [docket, n + extra])),
          })),
        };
        const after = assess(more);
        after.rows.forEach((row, i) => {
          const previous = before.rows[i]!.utilization;
          expect(row.utilization).not.toBeNull();
          if (previous !== null) expect(row.utilization!).toBeLessThanOrEqual(previous);
        });
      }),
    );
  });

  it('never gives NaN, Infinity or a negative figure', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => {
        const result = assess(model);
        for (const row of [...result.rows, ...result.offices, result.total]) {
          for (const [key, value] of Object.entries(row)) {
            if (typeof value !== 'number') continue;
            expect(Number.isFinite(value), key).toBe(true);
            if (key !== 'gap') expect(value, key).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });
});
