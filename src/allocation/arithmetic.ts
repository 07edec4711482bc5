/**
 * Exact arithmetic where the data allow it. Apportionment compares products of weights and divisors;
 * with populations in the tens of millions those products pass 2^53, where doubles lose whole
 * units. When every weight is a safe integer the methods run on BigInt and are exact; otherwise on
 * doubles.
 */
export interface Arithmetic<T> {
  of(value: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** Whole part of a / b, for a, b >= 0. */
  quotient(a: T, b: T): T;
  /** a - b x quotient(a, b), for a, b >= 0: compared only with other remainders over the same b. */
  remainder(a: T, b: T): T;
  compare(a: T, b: T): number;
  toNumber(value: T): number;
}

const exact: Arithmetic<bigint> = {
  of: (value) => BigInt(value),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  quotient: (a, b) => a / b,
  remainder: (a, b) => a % b,
  compare: (a, b) => (a > b ? 1 : a < b ? -1 : 0),
  toNumber: (value) => Number(value),
};

const floating: Arithmetic<number> = {
  of: (value) => value,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  quotient: (a, b) => Math.floor(a / b),
  remainder: (a, b) => a / b - Math.floor(a / b),
  compare: (a, b) => Math.sign(a - b),
  toNumber: (value) => value,
};

/** Runs `compute` with the arithmetic these weights allow: exact when every one is a safe integer. */
export function withArithmetic<R>(weights: readonly number[], compute: <T>(arithmetic: Arithmetic<T>, values: T[]) => R): R {
  return weights.every(Number.isSafeInteger)
    ? compute(exact, weights.map(exact.of))
    : compute(floating, weights.map(floating.of));
}
