import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateHires } from '../../src/index.js';

const caseType = (docket: string) => ({ id: docket, docket, tasks: [{ name: 't', time: 1, perYear: 1 }] });

describe('allocateHires', () => {
  it('adds each hire where utilization is highest, an unstaffed row with cases first', () => {
    const plan = allocateHires(
      {
        caseTypes: [caseType('nd'), caseType('det')],
        offices: [
          { id: 'a', officers: { nd: 2, det: 1 }, cases: { nd: 4 * 2080, det: 2080 } }, // nd 200%, det 100%
          { id: 'b', officers: { nd: 0 }, cases: { nd: 2080 } }, // nd unstaffed
        ],
      },
      3,
    );
    // Hire 1: b/nd (unstaffed) -> 100%. Hire 2: a/nd 4/2 = 200% -> 4/3 = 133%. Hire 3: a/nd 133% -> 4/4 = 100%.
    expect(plan.rows).toEqual([
      { office: 'a', docket: 'nd', cases: 8320, officers: 2, added: 2, utilizationBefore: 2, utilizationAfter: 1 },
      { office: 'a', docket: 'det', cases: 2080, officers: 1, added: 0, utilizationBefore: 1, utilizationAfter: 1 },
      { office: 'b', docket: 'nd', cases: 2080, officers: 0, added: 1, utilizationBefore: null, utilizationAfter: 1 },
      { office: 'b', docket: 'det', cases: 0, officers: 0, added: 0, utilizationBefore: null, utilizationAfter: null },
    ]);
    expect(plan.maxUtilizationBefore).toBeNull(); // b/nd had cases and nobody
    expect(plan.maxUtilizationAfter).toBe(1);
  });

  it('keeps hires to the offices, dockets and caps allowed', () => {
    const model = {
      caseTypes: [caseType('nd'), caseType('det')],
      offices: [
        { id: 'a', officers: { nd: 1, det: 1 }, cases: { nd: 9 * 2080, det: 2 * 2080 } },
        { id: 'b', officers: { nd: 1, det: 1 }, cases: { nd: 5 * 2080, det: 3 * 2080 } },
      ],
    };
    const onlyDet = allocateHires(model, 2, { dockets: ['det'] });
    expect(onlyDet.rows.map((row) => row.added)).toEqual([0, 1, 0, 1]); // b/det 300% -> 150%; then a/det 200% -> 100%
    const capped = allocateHires(model, 4, { offices: ['a'], maxAdded: { a: { nd: 2 } } });
    expect(capped.rows.map((row) => row.added)).toEqual([2, 2, 0, 0]);
    expect(() => allocateHires(model, 5, { offices: ['a'], maxAdded: { a: { nd: 2, det: 2 } } })).toThrow(
      '1 hire cannot be placed: every office x docket that may receive hires is at its cap',
    );
    expect(() => allocateHires(model, 6, { offices: ['a'], maxAdded: { a: { nd: 2, det: 2 } } })).toThrow('2 hires cannot be placed: every office');
  });

  it('says there is no office x docket to receive hires in a model without offices or case types', () => {
    // The model {} has no offices: 3 hires have nowhere to go. (It said every office x docket was at its cap.)
    expect(() => allocateHires({}, 3)).toThrow('3 hires cannot be placed: there is no office x docket to receive them');
    expect(() => allocateHires({ offices: [{ id: 'a' }] }, 1)).toThrow('1 hire cannot be placed: there is no office x docket to receive them');
    expect(allocateHires({}, 0).rows).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['a negative number of hires', [-1], 'hires must be a whole number >= 0, got -1'],
    ['an unknown office', [1, { offices: ['z'] }], 'unknown office "z"'],
    ['an unknown docket', [1, { dockets: ['z'] }], 'unknown docket "z"'],
    ['a bad cap', [1, { maxAdded: { a: { nd: -1 } } }], 'maxAdded.a.nd must be a whole number >= 0, got -1'],
  ])('refuses %s', (_, args, message) => {
    const model = { caseTypes: [caseType('nd')], offices: [{ id: 'a', officers: { nd: 1 }, cases: { nd: 10 } }] };
    const [hires, options] = args as [number, object?];
    expect(() => allocateHires(model, hires, options)).toThrow(message);
  });

  it('does not mutate its input', () => {
    const model = { caseTypes: [caseType('nd')], offices: [{ id: 'a', officers: { nd: 1 }, cases: { nd: 10 } }] };
    const copy = structuredClone(model);
    allocateHires(model, 3);
    expect(model).toEqual(copy);
  });
});

describe('allocateHires is optimal (brute force on small random models)', () => {
  /** Every way to place `hires` among `rows` rows. */
  function* placements(rows: number, hires: number): Generator<number[]> {
    if (rows === 1) {
      yield [hires];
      return;
    }
    for (let first = 0; first <= hires; first++) for (const rest of placements(rows - 1, hires - first)) yield [first, ...rest];
  }

  it('reaches the lowest possible maximum utilization', () => {
    const office = fc.record({
      officers: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
      cases: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 2 }),
      leave: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(office, { minLength: 1, maxLength: 2 }), fc.integer({ min: 0, max: 6 }), (offices, hires) => {
        const model = {
          caseTypes: [caseType('nd'), { ...caseType('det'), tasks: [{ name: 't', time: 3, perYear: 2 }] }],
          offices: offices.map((o, i) => ({
            id: `o${i}`,
            officerYear: { leave: o.leave },
            officers: { nd: o.officers[0]!, det: o.officers[1]! },
            cases: { nd: o.cases[0]!, det: o.cases[1]! },
          })),
        };
        const plan = allocateHires(model, hires);
        expect(plan.rows.reduce((sum, row) => sum + row.added, 0)).toBe(hires);
        // Independently of the code under test: a row needs cases x weight / caseHours officers
        // (nd 1 h a case, det 3 h x 2 = 6 h; caseHours 2080 - leave); utilization is that over its officers.
        const rowsByHand = model.offices.flatMap((o) =>
          (['nd', 'det'] as const).map((docket) => ({
            officers: o.officers[docket],
            required: (o.cases[docket] * (docket === 'nd' ? 1 : 6)) / (2080 - o.officerYear.leave),
          })),
        );
        const worst = (added: number[]) =>
          Math.max(
            0,
            ...rowsByHand.map((row, i) => {
              const officers = row.officers + added[i]!;
              if (row.required === 0) return 0;
              return officers === 0 ? Infinity : row.required / officers;
            }),
          );
        let best = Infinity;
        for (const added of placements(plan.rows.length, hires)) best = Math.min(best, worst(added));
        const greedy = worst(plan.rows.map((row) => row.added));
        if (best === Infinity) expect(greedy).toBe(Infinity);
        else expect(greedy).toBeCloseTo(best, 12);
      }),
      { numRuns: 200 },
    );
  });
});
