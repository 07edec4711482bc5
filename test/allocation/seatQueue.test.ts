import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateHires, allocateOfficers, apportion, type ApportionMethod } from '../../src/index.js';
import { apportionList } from '../../src/allocation/apportion.js';
import { placeHires } from '../../src/allocation/placeHires.js';

const METHODS: ApportionMethod[] = ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton'];
const DIVISOR_METHODS = METHODS.filter((method) => method !== 'hamilton');

describe('the quota start gives what one seat at a time gives', () => {
  // Integer weights with many equal priorities, float weights, floors and ceilings, and seats from
  // a few per key (where the start is the floors) to thousands per key (where it is from quotas).
  const weight = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e3, noNaN: true }));
  const key = fc.record({ weight, floor: fc.nat({ max: 3 }), room: fc.oneof(fc.constant(Infinity), fc.nat({ max: 5000 })) });

  it('for every divisor method, with floors and ceilings', () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 12 }), fc.nat({ max: 30_000 }), fc.constantFrom(...DIVISOR_METHODS), (keys, extra, method) => {
        const weights = keys.map((k) => k.weight);
        const min = keys.map((k) => k.floor);
        const max = keys.map((k) => k.floor + k.room);
        // Huntington-Hill and Adams seat every key with weight first; only keys with weight take more.
        const first = keys.map((k, i) => Math.max(k.floor, (method === 'huntington-hill' || method === 'adams') && weights[i]! > 0 ? Math.min(1, max[i]!) : 0));
        const room = keys.reduce((sum, k, i) => sum + (weights[i]! > 0 ? max[i]! - first[i]! : 0), 0);
        const seats = first.reduce((a, b) => a + b, 0) + Math.min(extra, room);
        const fromQuotas = apportionList(weights, seats, method, min, max);
        expect(apportionList(weights, seats, method, min, max, { start: 'floors' })).toEqual(fromQuotas);
        expect(fromQuotas.reduce((a, b) => a + b, 0)).toBe(seats);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('for hires, with officers on board (FTE) and caps', () => {
    const row = fc.record({
      requiredOfficers: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }).map((n) => n / 4), fc.double({ min: 0, max: 500, noNaN: true })),
      officers: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }).map((n) => n / 2)),
      cap: fc.oneof(fc.constant(Infinity), fc.nat({ max: 3000 })),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.nat({ max: 20_000 }), (rows, wanted) => {
        const cap = rows.map((r) => r.cap);
        const hires = Math.min(wanted, cap.reduce((a, b) => a + b, 0));
        const fromQuotas = placeHires(rows, cap, hires);
        expect(placeHires(rows, cap, hires, { start: 'floors' })).toEqual(fromQuotas);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('huge headcounts', () => {
  it('apportions 10^9 seats at once, with the results worked by hand', () => {
    // Quotas of whole numbers are every method's result: 1 : 2 : 3 of 6 x 10^8.
    for (const method of METHODS) {
      expect(apportion({ a: 1, b: 2, c: 3 }, 6e8, { method }), method).toEqual({ a: 1e8, b: 2e8, c: 3e8 });
    }
    // Three equal keys and 10^9 + 1 seats: 333,333,333 each, and the 2 seats left are ties that go to
    // the keys listed first, under every method.
    for (const method of METHODS) {
      expect(apportion({ a: 7, b: 7, c: 7 }, 1e9 + 1, { method }), method).toEqual({ a: 333_333_334, b: 333_333_334, c: 333_333_333 });
    }
    // Jefferson (D'Hondt) with 100k, 80k, 30k, 20k and 2.3 x 10^9 seats: quotas 10^9, 8 x 10^8, 3 x 10^8,
    // 2 x 10^8 exactly (total 230,000), so those; one seat more goes to A (priority 100k / (10^9 + 1) is the highest).
    expect(apportion({ A: 100_000, B: 80_000, C: 30_000, D: 20_000 }, 2.3e9 + 1, { method: 'jefferson' })).toEqual({ A: 1e9 + 1, B: 8e8, C: 3e8, D: 2e8 });
  });

  it('allocates 10^9 officers and hires over a model in proportion to its rows', () => {
    // Required officers 3 : 1 (weight 1 h, 2080 case hours): 7.5 x 10^8 and 2.5 x 10^8 exactly.
    const model = {
      caseTypes: [{ id: 'c', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1 }] }],
      offices: [
        { id: 'big', officers: { d: 0 }, cases: { c: 3 * 2080 } },
        { id: 'small', officers: { d: 0 }, cases: { c: 2080 } },
      ],
    };
    expect(allocateOfficers(model, 1e9).rows.map((row) => row.officers)).toEqual([7.5e8, 2.5e8]);
    // Hires equalize utilization: 3 / 7.5e8 = 1 / 2.5e8.
    expect(allocateHires(model, 1e9).rows.map((row) => row.added)).toEqual([7.5e8, 2.5e8]);
    // With 2 officers already on board at the small office, the hires make up for them: 7.5e8 and 2.5e8 - 2.
    const staffed = { ...model, offices: [model.offices[0]!, { ...model.offices[1]!, officers: { d: 2 } }] };
    expect(allocateHires(staffed, 1e9 - 2).rows.map((row) => row.added)).toEqual([7.5e8, 2.5e8 - 2]);
  });
});
