import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceCaseload, type CaseToAssign } from '../../src/index.js';

/**
 * The reference: the rule as stated, one scan of every officer per case. Cases longest first (equal
 * hours in input order), each to the officer whose (hours + case) / capacity is smallest, compared
 * cross-multiplied (exact for the small whole numbers used here), the first listed on a tie.
 */
function scanReference(cases: CaseToAssign[], capacities: number[]): string[][] {
  const hours = capacities.map(() => 0);
  const assigned: string[][] = capacities.map(() => []);
  const order = cases.map((_, i) => i).sort((a, b) => cases[b]!.hours - cases[a]!.hours || a - b);
  for (const c of order) {
    const h = cases[c]!.hours;
    let best = 0;
    for (let o = 1; o < capacities.length; o++) {
      if ((hours[o]! + h) * capacities[best]! < (hours[best]! + h) * capacities[o]!) best = o;
    }
    hours[best]! += h;
    assigned[best]!.push(cases[c]!.id);
  }
  return assigned;
}

describe('balanceCaseload', () => {
  it('assigns longest cases first, each to the least loaded officer', () => {
    // 5 -> officer-1; 4 -> officer-2; 3 (c) -> officer-2 (4 + 3 = 7 < 5 + 3 = 8); 3 (d) -> officer-1 (8 < 10).
    const result = balanceCaseload([{ id: 'a', hours: 5 }, { id: 'b', hours: 4 }, { id: 'c', hours: 3 }, { id: 'd', hours: 3 }], 2);
    expect(result).toEqual({
      officers: [
        { id: 'officer-1', cases: ['a', 'd'], hours: 8, utilization: null },
        { id: 'officer-2', cases: ['b', 'c'], hours: 7, utilization: null },
      ],
      maxLoad: 8,
      minLoad: 7,
    });
  });

  it("weighs loads by each officer's capacity", () => {
    // Capacities 20 and 10: 6 -> full (6/20 = 0.3 < 0.6); 6 -> full (12/20 = 0.6 = 6/10, tie: first); 4 -> part (0.4 < 0.8).
    const result = balanceCaseload(
      [{ id: 'x', hours: 6 }, { id: 'y', hours: 6 }, { id: 'z', hours: 4 }],
      [{ id: 'full', capacityHours: 20 }, { id: 'part', capacityHours: 10 }],
    );
    expect(result.officers.map((o) => [o.id, o.cases, o.utilization])).toEqual([
      ['full', ['x', 'y'], 0.6],
      ['part', ['z'], 0.4],
    ]);
    expect([result.maxLoad, result.minLoad]).toEqual([0.6, 0.4]);
  });

  it('takes one capacity for every officer from the options', () => {
    const result = balanceCaseload([{ id: 'a', hours: 100 }], 2, { capacityHours: 1000 });
    expect(result.officers.map((o) => o.utilization)).toEqual([0.1, 0]);
  });

  it('is deterministic and keeps every case exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (hours, n) => {
        const cases = hours.map((h, i) => ({ id: `c${i}`, hours: h }));
        const first = balanceCaseload(cases, n);
        expect(balanceCaseload(cases, n)).toEqual(first);
        expect(first.officers.flatMap((o) => o.cases).sort()).toEqual(cases.map((c) => c.id).sort());
        // Graham (1966): a greedy list assignment ends at most (1 - 1/n) x the largest case above the mean load.
        const mean = hours.reduce((a, b) => a + b, 0) / n;
        expect(first.maxLoad).toBeLessThanOrEqual(mean + (1 - 1 / n) * Math.max(0, ...hours) + 1e-9);
      }),
    );
  });

  it('assigns as a scan of every officer would, with equal and unequal capacities (property)', () => {
    // Whole hours and capacities from small sets: many equal loads (ties) and many crossings.
    const hours = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 200 });
    const capacities = fc.oneof(
      fc.array(fc.constant(1), { minLength: 1, maxLength: 30 }),
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 30 }),
      fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }),
    );
    fc.assert(
      fc.property(hours, capacities, (h, c) => {
        const cases = h.map((value, i) => ({ id: `c${i}`, hours: value }));
        const officers = c.map((capacityHours, i) => ({ id: `o${i}`, capacityHours }));
        const result = balanceCaseload(cases, officers);
        expect(result.officers.map((o) => o.cases)).toEqual(scanReference(cases, c));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('takes 200,000 officers, past where spreading them as arguments overflows the stack', () => {
    // 3 cases of 5 h: officers 1, 2 and 3 take one each; the other 199,997 none.
    const result = balanceCaseload([{ id: 'a', hours: 5 }, { id: 'b', hours: 5 }, { id: 'c', hours: 5 }], 200_000);
    expect(result.officers).toHaveLength(200_000);
    expect(result.officers.slice(0, 4).map((o) => o.cases)).toEqual([['a'], ['b'], ['c'], []]);
    expect([result.maxLoad, result.minLoad]).toEqual([5, 0]);
  }, 60_000);

  it("reports each officer's hours as the correctly rounded sum of its cases", () => {
    // One officer: 0.1 h ten times is 1 h exactly, where a running sum gives 0.9999999999999999.
    const cases = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, hours: 0.1 }));
    expect(balanceCaseload(cases, 1).officers[0]!.hours).toBe(1);
  });

  it.each<[string, () => unknown, string]>([
    ['a negative case', () => balanceCaseload([{ id: 'a', hours: -1 }], 1), 'cases[0].hours must be a finite number >= 0, got -1'],
    ['a duplicate case id', () => balanceCaseload([{ id: 'a', hours: 1 }, { id: 'a', hours: 2 }], 1), 'duplicate case id "a" (cases[1])'],
    ['no officers', () => balanceCaseload([], 0), 'officers must be a whole number >= 1, got 0'],
    ['an empty list of officers', () => balanceCaseload([], []), 'officers must list at least one officer'],
    ['a zero capacity', () => balanceCaseload([], [{ id: 'a', capacityHours: 0 }]), 'officers[0].capacityHours must be a finite number > 0, got 0'],
    ['a duplicate officer id', () => balanceCaseload([], [{ id: 'a' }, { id: 'a' }]), 'duplicate officer id "a" (officers[1])'],
    ['capacities for some officers only', () => balanceCaseload([], [{ id: 'a', capacityHours: 1 }, { id: 'b' }]), 'give capacityHours for every officer or for none'],
  ])('refuses %s', (_, call, message) => {
    expect(call).toThrow(message);
  });
});
