import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceCaseload } from '../../src/index.js';

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
