import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, coverage } from '../../src/index.js';
import { isCorrectlyRounded } from '../exact.js';

// 300 offices with figures that are not whole numbers (minutes, shares, fractional FTE), drawn once
// from a fixed seed; 8 case types on 3 dockets with priorities.
const TIMES = ['17 min', '0.37 h', '1.3 h', '23 min', '0.1 h', '2.7 h', '41 min', '0.45 h'];
const DOCKETS = ['non-detained', 'detained', 'juvenile'];

function nationalModel() {
  const [offices] = fc.sample(
    fc.array(
      fc.record({
        cases: fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 8, maxLength: 8 }),
        officers: fc.array(fc.integer({ min: 0, max: 400 }).map((n) => n / 10), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 300, maxLength: 300 },
    ),
    { seed: 20170413, numRuns: 1 },
  );
  return {
    officerYear: { holidays: '10 workdays', leave: '25 workdays', training: '40 h', adminShare: 0.15 },
    caseTypes: TIMES.map((time, i) => ({
      id: `c${i}`,
      docket: DOCKETS[i % 3]!,
      priority: 1 + (i % 2),
      tasks: [{ name: 'contact', time, every: `${30 + 7 * i} days`, share: 0.3 + i / 20 }],
    })),
    offices: offices!.map((office, k) => ({
      id: `office-${k}`,
      officers: Object.fromEntries(DOCKETS.map((docket, j) => [docket, office.officers[j]!])),
      cases: Object.fromEntries(office.cases.map((n, i) => [`c${i}`, n])),
    })),
  };
}

/** A copy with offices and case types in an order drawn from `seed`. */
function shuffled<T extends ReturnType<typeof nationalModel>>(model: T, seed: number): T {
  const order = <U>(items: readonly U[]) => {
    const [keys] = fc.sample(fc.array(fc.double({ noNaN: true }), { minLength: items.length, maxLength: items.length }), { seed, numRuns: 1 });
    return items.map((item, i) => [keys![i]!, item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  };
  return { ...model, offices: order(model.offices), caseTypes: order(model.caseTypes) };
}

describe('totals do not depend on row order, to the last bit', () => {
  const model = nationalModel();
  const first = assess(model);
  const orders = Array.from({ length: 50 }, (_, seed) => assess(shuffled(model, seed + 1)));

  it('gives one national total for 300 offices in 50 orders', () => {
    for (const result of orders) {
      for (const [field, value] of Object.entries(first.total)) {
        expect(Object.is((result.total as unknown as Record<string, unknown>)[field], value), field).toBe(true);
      }
    }
    // Each office's total too, whatever its place.
    const byOffice = new Map(first.offices.map((office) => [office.office, office]));
    for (const office of orders[0]!.offices) expect(office).toEqual(byOffice.get(office.office));
  }, 60_000);

  it('where plain left-to-right sums of the same rows disagree with each other', () => {
    // The input is one that catches an order-dependent sum: the rows' workloads added in the 50 orders.
    const plain = new Set(orders.map((result) => result.rows.reduce((sum, row) => sum + row.workloadHours, 0)));
    expect(plain.size).toBeGreaterThan(1);
  });

  it('is the exact sum of the rows correctly rounded (checked in BigInt)', () => {
    const rows = first.rows;
    for (const field of ['workloadHours', 'requiredOfficers', 'officers', 'cases', 'recommendedOfficers'] as const) {
      expect(isCorrectlyRounded(rows.map((row) => row[field]), first.total[field]), field).toBe(true);
    }
    for (const office of first.offices) {
      const own = rows.filter((row) => row.office === office.office);
      expect(isCorrectlyRounded(own.map((row) => row.workloadHours), office.workloadHours)).toBe(true);
    }
    // A row's workload: the correctly rounded sum of count x weight over its case types.
    const office = model.offices[7]!;
    const row = rows.find((r) => r.office === office.id && r.docket === 'detained')!;
    const terms = model.caseTypes.filter((c) => c.docket === 'detained').map((c) => office.cases[c.id]! * first.weights[c.id]!);
    expect(isCorrectlyRounded(terms, row.workloadHours)).toBe(true);
  }, 60_000);

  it('gives coverage one total of uncovered hours in every order, the rows summed exactly', () => {
    const result = coverage(model);
    expect(result.uncoveredHours).toBeGreaterThan(0);
    expect(isCorrectlyRounded(result.rows.map((row) => row.uncoveredHours), result.uncoveredHours)).toBe(true);
    for (const seed of [1, 2, 3, 4, 5]) expect(Object.is(coverage(shuffled(model, seed)).uncoveredHours, result.uncoveredHours)).toBe(true);
  }, 60_000);
});
