import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateHires, allocateOfficers, apportion, assess, type ApportionMethod } from '../../src/index.js';
import { placeHires } from '../../src/allocation/placeHires.js';
import { compareFigures, TIE_TOLERANCE } from '../../src/allocation/ties.js';

const METHODS: ApportionMethod[] = ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton'];

/**
 * Two offices with 720 workload hours a year each on paper: 200 cases x 18 min monthly
 * (200 x 0.3 h x 12) and 300 cases x 12 min monthly (300 x 0.2 h x 12). In floating point they come
 * out 719.9999999999999 and 720.0000000000001.
 */
function twoOffices(order: 'first' | 'second' = 'first') {
  const offices: { id: string; officers: Record<string, number>; cases: Record<string, number> }[] = [
    { id: 'eighteen', officers: { d: 1 }, cases: { a: 200 } },
    { id: 'twelve', officers: { d: 1 }, cases: { b: 300 } },
  ];
  return {
    caseTypes: [
      { id: 'a', docket: 'd', tasks: [{ name: 'check-in', time: '18 min', every: '1 month' }] },
      { id: 'b', docket: 'd', tasks: [{ name: 'check-in', time: '12 min', every: '1 month' }] },
    ],
    offices: order === 'first' ? offices : [offices[1]!, offices[0]!],
  };
}

describe('weights equal up to float noise are ties, decided by input order', () => {
  it('has the noise in the workloads', () => {
    const [a, b] = assess(twoOffices()).rows.map((row) => row.workloadHours);
    expect(a).not.toBe(b); // 719.9999999999999 and 720.0000000000001
    expect(Math.abs(a! - 720)).toBeLessThan(1e-9);
    expect(Math.abs(b! - 720)).toBeLessThan(1e-9);
  });

  it('gives the odd officer to the office listed first, through allocateOfficers', () => {
    // Huntington-Hill: one each, then the third to the first listed (equal priorities 720 / sqrt(2)).
    expect(allocateOfficers(twoOffices(), 3).rows.map((row) => [row.office, row.officers])).toEqual([['eighteen', 2], ['twelve', 1]]);
    expect(allocateOfficers(twoOffices('second'), 3).rows.map((row) => [row.office, row.officers])).toEqual([['twelve', 2], ['eighteen', 1]]);
    for (const method of METHODS) {
      const rows = allocateOfficers(twoOffices(), method === 'huntington-hill' || method === 'adams' ? 3 : 1, { method }).rows;
      expect(rows[0]!.officers, method).toBe(rows[1]!.officers + 1);
    }
  });

  it('gives the hire to the office listed first, through allocateHires', () => {
    // Both at 720 h over 1 officer: the same utilization; the hire goes to the first listed.
    expect(allocateHires(twoOffices(), 1).rows.map((row) => [row.office, row.added])).toEqual([['eighteen', 1], ['twelve', 0]]);
    expect(allocateHires(twoOffices('second'), 1).rows.map((row) => [row.office, row.added])).toEqual([['twelve', 1], ['eighteen', 0]]);
    // Three hires: the first listed (720 h over 1 officer, a tie), the other (720 over 1 against 360 over
    // 2), then the first again (360 over 2 each: a tie).
    expect(allocateHires(twoOffices(), 3).rows.map((row) => row.added)).toEqual([2, 1]);
  });

  it('gives apportion the same rule, and still tells apart weights that really differ', () => {
    const noisy = { x: 0.3 * 12 * 200, y: 0.2 * 12 * 300 }; // 719.9999999999999, 720.0000000000001
    for (const method of METHODS) {
      expect(apportion(noisy, 1, { method: method === 'huntington-hill' || method === 'adams' ? 'jefferson' : method }), method).toEqual({ x: 1, y: 0 });
    }
    expect(apportion({ y: noisy.y, x: noisy.x }, 1, { method: 'jefferson' })).toEqual({ y: 1, x: 0 });
    // One part in a trillion is a real difference, far above the tolerance (2^-47, about 7e-15).
    expect(apportion({ x: 720, y: 720 * (1 + 1e-12) }, 1, { method: 'jefferson' })).toEqual({ x: 0, y: 1 });
    expect(apportion({ x: 720, y: 720 * (1 + 1e-12) }, 1, { method: 'hamilton' })).toEqual({ x: 0, y: 1 });
  });

  it('compares figures with a relative tolerance of 2^-47', () => {
    expect(TIE_TOLERANCE).toBe(2 ** -47);
    expect(compareFigures(720.0000000000001, 719.9999999999999)).toBe(0);
    expect(compareFigures(1, 1 + 2 ** -48)).toBe(0);
    expect(compareFigures(1, 1 + 2 ** -45)).toBe(-1);
    expect(compareFigures(1e-300 * (1 + 2 ** -45), 1e-300)).toBe(1);
    expect(compareFigures(Infinity, 1e308)).toBe(1);
    expect(compareFigures(0, 0)).toBe(0);
  });
});

describe('scaling every weight by a constant never changes a result', () => {
  const method = fc.constantFrom(...METHODS);
  const constant = fc.oneof(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.constantFrom(0.1, 0.3, 3, 1 / 3, 2080));
  const record = (values: number[]) => Object.fromEntries(values.map((w, i) => [`k${i}`, w]));
  const seatsFor = (values: number[], m: ApportionMethod, extra: number) =>
    (m === 'huntington-hill' || m === 'adams' ? values.filter((w) => w > 0).length : 0) + extra;

  it('with integer weights (many exact ties), scaled into floats', () => {
    // Small integers make equal priorities common (4/2 = 2/1); after scaling they are equal only up to noise.
    const weights = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(weights, fc.nat({ max: 60 }), method, constant, (values, extra, m, c) => {
        fc.pre(values.some((w) => w > 0));
        const seats = seatsFor(values, m, extra);
        expect(apportion(record(values.map((w) => w * c)), seats, { method: m })).toEqual(apportion(record(values), seats, { method: m }));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('with computed weights (sums of products of decimals)', () => {
    const weights = fc.array(
      fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.reduce((sum, n) => sum + n * 0.1 * 12, 0)),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(weights, fc.nat({ max: 60 }), method, constant, (values, extra, m, c) => {
        const seats = seatsFor(values, m, extra);
        expect(apportion(record(values.map((w) => w * c)), seats, { method: m })).toEqual(apportion(record(values), seats, { method: m }));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('for hires: workloads scaled by a constant place the same hires', () => {
    const row = fc.record({ requiredOfficers: fc.integer({ min: 0, max: 12 }).map((n) => n * 0.1 * 12), officers: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.nat({ max: 40 }), constant, (rows, hires, c) => {
        const cap = rows.map(() => Infinity);
        const scaled = rows.map((r) => ({ ...r, requiredOfficers: r.requiredOfficers * c }));
        expect(placeHires(scaled, cap, hires)).toEqual(placeHires(rows, cap, hires));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
