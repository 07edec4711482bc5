import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import house from '../../fixtures/apportionment/us-house-2020.json' with { type: 'json' };
import { apportion, type ApportionMethod } from '../../src/index.js';

const METHODS: ApportionMethod[] = ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton'];
const DIVISOR_METHODS = METHODS.filter((method) => method !== 'hamilton');
// The four-party example of Wikipedia's "D'Hondt method" and "Sainte-Laguë method" articles: 8 seats.
const PARTIES = { A: 100_000, B: 80_000, C: 30_000, D: 20_000 };

describe('apportion: published results', () => {
  it('reproduces the 2020 U.S. House apportionment (435 seats, Huntington-Hill, at least 1 each)', () => {
    // U.S. Census Bureau, 2020 Census Apportionment Results, Table 1 (fixtures/apportionment/us-house-2020.json).
    const populations = Object.fromEntries(house.states.map((s) => [s.state, s.population]));
    const seats = apportion(populations, 435, { method: 'huntington-hill', min: 1 });
    expect(seats).toEqual(Object.fromEntries(house.states.map((s) => [s.state, s.seats])));
    expect(Object.keys(seats)).toEqual(house.states.map((s) => s.state)); // input order
  });

  it('is exact at the margin: 89 more New Yorkers take the 435th seat from Minnesota', () => {
    // The Census Bureau reported that New York fell 89 people short of keeping its 27th seat in 2020.
    const populations = Object.fromEntries(house.states.map((s) => [s.state, s.population]));
    const ny = populations['New York']!;
    const with88 = apportion({ ...populations, 'New York': ny + 88 }, 435);
    const with89 = apportion({ ...populations, 'New York': ny + 89 }, 435);
    expect([with88['New York'], with88.Minnesota]).toEqual([26, 8]);
    expect([with89['New York'], with89.Minnesota]).toEqual([27, 7]);
  });

  it("gives Wikipedia's D'Hondt example: A 4, B 3, C 1, D 0", () => {
    // Quotients 100k, 80k, 50k, 40k, 33.3k, 30k, 26.7k, 25k take the 8 seats.
    expect(apportion(PARTIES, 8, { method: 'jefferson' })).toEqual({ A: 4, B: 3, C: 1, D: 0 });
  });

  it("gives Wikipedia's Sainte-Laguë example: A 3, B 3, C 1, D 1", () => {
    // Quotients (divisors 1, 3, 5, ...): 100k, 80k, 33.3k, 30k, 26.7k, 20k (A), 20k (D), 16k (B).
    expect(apportion(PARTIES, 8, { method: 'webster' })).toEqual({ A: 3, B: 3, C: 1, D: 1 });
  });

  it('gives Huntington-Hill, Adams and Hamilton by hand on the same example', () => {
    // Huntington-Hill: one each, then 100k/√2 = 70.7k (A), 80k/√2 = 56.6k (B), 100k/√6 = 40.8k (A), 80k/√6 = 32.7k (B).
    expect(apportion(PARTIES, 8)).toEqual({ A: 3, B: 3, C: 1, D: 1 });
    // Adams: one each, then 100k/1 (A), 80k/1 (B), 100k/2 = 50k (A), 80k/2 = 40k (B).
    expect(apportion(PARTIES, 8, { method: 'adams' })).toEqual({ A: 3, B: 3, C: 1, D: 1 });
    // Hamilton: quotas 3.48, 2.78, 1.04, 0.70 -> 3, 2, 1, 0 and the 2 seats left to the largest remainders, B and D.
    expect(apportion(PARTIES, 8, { method: 'hamilton' })).toEqual({ A: 3, B: 3, C: 1, D: 1 });
  });

  it("shows the Alabama paradox: Hamilton takes a seat from C when the house grows from 10 to 11", () => {
    // Wikipedia, "Alabama paradox": populations 6, 6, 2. Quotas at 10 seats 4.29, 4.29, 1.43 -> 4, 4, 2;
    // at 11 seats 4.71, 4.71, 1.57 -> 5, 5, 1. Divisor methods never do this (property below).
    const states = { A: 6, B: 6, C: 2 };
    expect(apportion(states, 10, { method: 'hamilton' })).toEqual({ A: 4, B: 4, C: 2 });
    expect(apportion(states, 11, { method: 'hamilton' })).toEqual({ A: 5, B: 5, C: 1 });
    expect(apportion(states, 10, { method: 'webster' }).C).toBeLessThanOrEqual(apportion(states, 11, { method: 'webster' }).C!);
  });
});

describe('apportion: ties, floors and ceilings', () => {
  it('gives a tie to the key that comes first in the input', () => {
    // Webster with 6 seats: the 6th seat is a tie between A's 100k/5 and D's 20k/1.
    expect(apportion(PARTIES, 6, { method: 'webster' })).toEqual({ A: 3, B: 2, C: 1, D: 0 });
    expect(apportion({ D: 20_000, C: 30_000, B: 80_000, A: 100_000 }, 6, { method: 'webster' })).toEqual({ D: 1, C: 1, B: 2, A: 2 });
    expect(apportion({ x: 1, y: 1 }, 1, { method: 'hamilton' })).toEqual({ x: 1, y: 0 });
    expect(apportion({ x: 1, y: 1 }, 1, { method: 'jefferson' })).toEqual({ x: 1, y: 0 });
  });

  it('seats every key with positive weight first under Huntington-Hill, not under the others', () => {
    expect(apportion({ big: 1000, small: 1 }, 2)).toEqual({ big: 1, small: 1 });
    expect(apportion({ big: 1000, small: 1 }, 2, { method: 'jefferson' })).toEqual({ big: 2, small: 0 });
    expect(apportion({ big: 1000, none: 0 }, 2)).toEqual({ big: 2, none: 0 });
  });

  it('respects floors and ceilings, a number for every key or a record', () => {
    expect(apportion(PARTIES, 8, { method: 'jefferson', min: { D: 2 } })).toEqual({ A: 3, B: 2, C: 1, D: 2 });
    expect(apportion(PARTIES, 8, { method: 'jefferson', max: 3 })).toEqual({ A: 3, B: 3, C: 1, D: 1 });
    // Hamilton with A capped at 2: B, C, D share 6 seats by 80:30:20 -> 3.69, 1.38, 0.92 -> 3, 1, 0 + 2 largest (D, B).
    expect(apportion(PARTIES, 8, { method: 'hamilton', max: { A: 2 } })).toEqual({ A: 2, B: 4, C: 1, D: 1 });
  });

  it.each<[string, () => unknown, string]>([
    ['fractional seats', () => apportion(PARTIES, 2.5), 'seats must be a whole number >= 0, got 2.5'],
    ['negative seats', () => apportion(PARTIES, -1), 'seats must be a whole number >= 0, got -1'],
    ['a negative weight', () => apportion({ a: 1, b: -1 }, 1), 'weights.b must be a finite number >= 0, got -1'],
    ['a non-finite weight', () => apportion({ a: Infinity }, 1), 'weights.a must be a finite number >= 0, got Infinity'],
    ['too few seats for the floors', () => apportion(PARTIES, 3, { method: 'jefferson', min: 1 }), '3 seats are fewer than the floors need (4)'],
    ['too few seats for Huntington-Hill', () => apportion(PARTIES, 3), '3 seats are fewer than the floors need (4, counting one for every key with a positive weight under huntington-hill)'],
    ['more seats than the ceilings allow', () => apportion(PARTIES, 9, { max: 2 }), '9 seats are more than the ceilings allow (8)'],
    ['a floor above a ceiling', () => apportion(PARTIES, 8, { min: { A: 3 }, max: { A: 2 } }), 'A: its floor 3 is above its ceiling 2'],
    ['an unknown key in the floors', () => apportion(PARTIES, 8, { min: { E: 1 } }), 'min: unknown key "E"'],
    ['a fractional floor', () => apportion(PARTIES, 8, { min: 0.5 }), 'min must be a whole number >= 0, got 0.5'],
    ['an unknown method', () => apportion(PARTIES, 8, { method: 'dhondt' as never }), 'unknown method "dhondt"'],
    ['seats only weight-0 keys could take', () => apportion({ a: 1, b: 0 }, 2, { max: { a: 1 } }), '1 seat is left'],
  ])('refuses %s', (_, call, message) => {
    expect(call).toThrow(message);
  });

  it('takes weights of any finite size: no priority overflows, no small weight is lost', () => {
    // Webster: 1.7e308 / 0.5 would overflow; the weights are scaled down by a power of two first.
    // Quotas of 5 seats by 1 : 0 : 1.7 are 1.85, 0, 3.15 -> 2, 0, 3.
    expect(apportion({ a: 1e308, b: 1e-300, c: 1.7e308 }, 5, { method: 'webster' })).toEqual({ a: 2, b: 0, c: 3 });
    // Huntington-Hill seats even the smallest positive double first: one each, then c (1.7e308 / sqrt 2),
    // then a (1e308 / sqrt 2 = 7.07e307 against c's 1.7e308 / sqrt 6 = 6.94e307).
    expect(apportion({ a: 1e308, b: 5e-324, c: 1.7e308 }, 5)).toEqual({ a: 2, b: 1, c: 2 });
    expect(apportion({ tiny: 5e-324, capped: 2 }, 2, { max: { capped: 0 } })).toEqual({ tiny: 2, capped: 0 });
  });

  it('refuses weights that are not a record', () => {
    expect(() => apportion([1, 2] as never, 1)).toThrow(new TypeError('apportion: weights must be a record of numbers by key, got an array'));
  });
});

describe('apportion: properties', () => {
  const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 });
  const record = (values: number[]) => Object.fromEntries(values.map((w, i) => [`k${i}`, w]));
  const quotas = (values: number[], seats: number) => {
    const total = values.reduce((a, b) => a + b, 0);
    return values.map((w) => (seats * w) / total);
  };
  const method = fc.constantFrom(...METHODS);

  it('sums to the seats exactly, with floors and ceilings', () => {
    fc.assert(
      fc.property(weights, fc.nat({ max: 200 }), method, fc.nat({ max: 2 }), (values, extra, m, floor) => {
        const positive = values.filter((w) => w > 0).length;
        fc.pre(positive > 0);
        const seats = values.length * floor + positive + extra;
        const result = apportion(record(values), seats, { method: m, min: floor });
        expect(Object.values(result).reduce((a, b) => a + b, 0)).toBe(seats);
        expect(Object.values(result).every((n) => n >= floor)).toBe(true);
      }),
    );
  });

  it('Hamilton stays within quota; Jefferson meets lower quota; Adams upper quota', () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 300 }), (values, seats) => {
        fc.pre(values.some((w) => w > 0) && values.filter((w) => w > 0).length <= seats);
        const q = quotas(values, seats);
        const at = (m: ApportionMethod) => Object.values(apportion(record(values), seats, { method: m }));
        at('hamilton').forEach((n, i) => {
          expect(n).toBeGreaterThanOrEqual(Math.floor(q[i]! + 1e-9));
          expect(n).toBeLessThanOrEqual(Math.ceil(q[i]! - 1e-9));
        });
        at('jefferson').forEach((n, i) => expect(n).toBeGreaterThanOrEqual(Math.floor(q[i]! + 1e-9)));
        at('adams').forEach((n, i) => expect(n).toBeLessThanOrEqual(Math.ceil(q[i]! - 1e-9)));
      }),
    );
  });

  it('never takes a seat away when a seat is added, under every divisor method', () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 0, max: 300 }), fc.constantFrom(...DIVISOR_METHODS), (values, seats, m) => {
        const positive = values.filter((w) => w > 0).length;
        fc.pre(positive > 0);
        const base = Math.max(seats, m === 'huntington-hill' || m === 'adams' ? positive : 0);
        const before = Object.values(apportion(record(values), base, { method: m }));
        const after = Object.values(apportion(record(values), base + 1, { method: m }));
        after.forEach((n, i) => expect(n).toBeGreaterThanOrEqual(before[i]!));
      }),
    );
  });

  it('gives the same seats on the floating-point path as on the exact one', () => {
    // Halving weights changes no ratio. With an odd weight the halves are not integers, so the
    // floating-point path runs; weights up to 10,000 keep every product below 2^53, where doubles
    // are still exact, so the two paths must agree seat for seat, ties included.
    const small = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 100 }), method, (values, extra, m) => {
        const positive = values.filter((w) => w > 0).length;
        fc.pre(positive > 0 && values.some((w) => w % 2 === 1));
        const seats = positive + extra;
        expect(apportion(record(values.map((w) => w / 2)), seats, { method: m })).toEqual(apportion(record(values), seats, { method: m }));
      }),
    );
  });
});
