import { recordFrom } from '../internal/records.js';
import { withArithmetic } from './arithmetic.js';
import { divisorApportion, givesEverySeat, type DivisorMethod } from './divisorMethods.js';
import { hamiltonApportion } from './hamilton.js';

/** The apportionment methods: four divisor methods and largest remainders. */
export type ApportionMethod = DivisorMethod | 'hamilton';

/** Every method `apportion` takes, the default first. */
export const APPORTION_METHODS: readonly ApportionMethod[] = ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton'];

/** True where the method seats every key with positive weight before any takes a second (d(0) = 0). */
export function seatsEveryKey(method: ApportionMethod): boolean {
  return method !== 'hamilton' && givesEverySeat(method);
}

export interface ApportionOptions {
  /** Default `"huntington-hill"`, the method of the U.S. House since 1941. */
  method?: ApportionMethod;
  /** Floors: one number for every key, or a number per key. Default 0. */
  min?: number | Readonly<Record<string, number>>;
  /** Ceilings: one number for every key, or a number per key. Default none. */
  max?: number | Readonly<Record<string, number>>;
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function bounds(name: 'min' | 'max', value: ApportionOptions['min'], keys: readonly string[], fallback: number): number[] {
  if (value === undefined) return keys.map(() => fallback);
  if (typeof value === 'number') {
    if (!isWhole(value)) throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
    return keys.map(() => value);
  }
  if (value === null || typeof value !== 'object') throw new TypeError(`${name} must be a number or a record of numbers by key`);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new RangeError(`${name}: unknown key "${key}"`);
    if (!isWhole(value[key])) throw new RangeError(`${name}.${key} must be a whole number >= 0, got ${String(value[key])}`);
  }
  return keys.map((key) => (Object.hasOwn(value, key) ? value[key]! : fallback));
}

/**
 * Apportionment over parallel arrays, for callers that have already checked their weights and that
 * every floor is at most its ceiling.
 * @throws {RangeError} as `apportion`
 */
export function apportionList(
  weights: readonly number[],
  seats: number,
  method: ApportionMethod,
  min: readonly number[],
  max: readonly number[],
): number[] {
  if (!isWhole(seats)) throw new RangeError(`seats must be a whole number >= 0, got ${seats}`);
  const positive = weights.map((w) => w > 0);
  // Huntington-Hill and Adams seat every key with positive weight first (d(0) = 0), as the House does;
  // an explicit ceiling of 0 still wins.
  const floors = min.map((floor, i) => (seatsEveryKey(method) && positive[i] ? Math.max(floor, Math.min(1, max[i]!)) : floor));
  const needed = floors.reduce((a, b) => a + b, 0);
  if (seats < needed) {
    throw new RangeError(`${seats} seats are fewer than the floors need (${needed}${needed > min.reduce((a, b) => a + b, 0) ? `, counting one for every key with a positive weight under ${method}` : ''})`);
  }
  const room = max.reduce((a, b) => a + b, 0);
  if (seats > room) throw new RangeError(`${seats} seats are more than the ceilings allow (${room})`);
  return withArithmetic(weights, (arithmetic, values) =>
    method === 'hamilton'
      ? hamiltonApportion(arithmetic, values, floors, max, seats)
      : divisorApportion(arithmetic, values, positive, method, [...floors], max, seats),
  );
}

/**
 * Shares `seats` whole seats among keys in proportion to their weights, the sum exact.
 * Divisor methods give each seat in turn to the highest weight / d(seats held): Huntington-Hill
 * d(n) = sqrt(n(n+1)), Webster (Sainte-Lague) n + 1/2, Jefferson (D'Hondt) n + 1, Adams n.
 * Hamilton gives whole quotas, then largest remainders. Ties go to the key that comes first in the
 * input. Integer weights are computed exactly (BigInt), so census-size data give census results.
 * Sources: Balinski and Young, *Fair Representation* (2001); U.S. Census Bureau, "Computing Apportionment".
 *
 * @throws {TypeError} `weights must be a record of numbers by key`
 * @throws {RangeError} `weights.x must be a finite number >= 0, got -1`; `seats must be a whole number >= 0, got 2.5`;
 *   `3 seats are fewer than the floors need (4)`; `9 seats are more than the ceilings allow (8)`; `unknown method "x"`
 * @example
 * apportion({ A: 100_000, B: 80_000, C: 30_000, D: 20_000 }, 8, { method: 'jefferson' }) // => { A: 4, B: 3, C: 1, D: 0 }
 * apportion({ A: 100_000, B: 80_000, C: 30_000, D: 20_000 }, 8, { method: 'webster' })   // => { A: 3, B: 3, C: 1, D: 1 }
 */
export function apportion(
  weights: Readonly<Record<string, number>>,
  seats: number,
  options: ApportionOptions = {},
): Record<string, number> {
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights)) {
    throw new TypeError('weights must be a record of numbers by key');
  }
  const method = options.method ?? 'huntington-hill';
  if (!APPORTION_METHODS.includes(method)) {
    throw new RangeError(`unknown method "${String(method)}" (methods: ${APPORTION_METHODS.join(', ')})`);
  }
  const keys = Object.keys(weights);
  const values = keys.map((key) => {
    const weight = weights[key];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weights.${key} must be a finite number >= 0, got ${String(weight)}`);
    }
    return weight;
  });
  const min = bounds('min', options.min, keys, 0);
  const max = bounds('max', options.max, keys, Infinity);
  keys.forEach((key, i) => {
    if (min[i]! > max[i]!) throw new RangeError(`${key}: its floor ${min[i]} is above its ceiling ${max[i]}`);
  });
  const counts = apportionList(values, seats, method, min, max);
  return recordFrom(keys.map((key, i) => [key, counts[i]!]));
}
