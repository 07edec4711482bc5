import { countArgument, describeValue, isRecord, optionsArgument } from '../internal/arguments.js';
import { quotedList } from '../internal/quotedList.js';
import { recordFrom } from '../internal/records.js';
import { divisorApportion, givesEverySeat, type DivisorMethod, type DivisorOptions } from './divisorMethods.js';
import { hamiltonApportion } from './hamilton.js';
import { plural } from '../internal/plural.js';

/** The apportionment methods: four divisor methods and largest remainders. */
export type ApportionMethod = DivisorMethod | 'hamilton';

/** Every method `apportion` takes, the default first. */
export const APPORTION_METHODS: readonly ApportionMethod[] = ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton'];

/** True where the method seats every key with positive weight before any takes a second (d(0) = 0). */
export function seatsEveryKey(method: ApportionMethod): boolean {
  return method !== 'hamilton' && givesEverySeat(method);
}

/**
 * @throws {RangeError} `unknown method "x" (methods: ...)`
 */
export function methodArgument(method: unknown): ApportionMethod {
  if (!(APPORTION_METHODS as readonly unknown[]).includes(method)) {
    throw new RangeError(`unknown method ${typeof method === 'string' ? `"${method}"` : describeValue(method)} (methods: ${quotedList(APPORTION_METHODS)})`);
  }
  return method as ApportionMethod;
}

/** What `apportion` takes beside the weights and the seats. */
export interface ApportionOptions {
  /** Default `"huntington-hill"`, the method of the U.S. House since 1941. */
  method?: ApportionMethod;
  /** Floors: one number for every key, or a number per key. Default 0. */
  min?: number | Readonly<Record<string, number>>;
  /** Ceilings: one number for every key, or a number per key. Default none. */
  max?: number | Readonly<Record<string, number>>;
}

/** Floors or ceilings per key, in key order; a record's keys are checked against the weights' (a Map: linear). */
function bounds(name: 'min' | 'max', value: unknown, keys: readonly string[], fallback: number): number[] {
  if (value === undefined) return keys.map(() => fallback);
  if (typeof value === 'number') {
    const bound = countArgument('apportion', `options.${name}`, value);
    return keys.map(() => bound);
  }
  if (!isRecord(value)) {
    throw new TypeError(`apportion: options.${name} must be a number or a record of numbers by key, got ${describeValue(value)}`);
  }
  const index = new Map(keys.map((key, i) => [key, i]));
  const result = keys.map(() => fallback);
  for (const key of Object.keys(value)) {
    const i = index.get(key);
    if (i === undefined) throw new RangeError(`${name}: unknown key "${key}"`);
    result[i] = countArgument('apportion', `options.${name}.${key}`, value[key]);
  }
  return result;
}

/**
 * Apportionment over parallel arrays, for callers that have already checked their weights and that
 * every floor is at most its ceiling. `options.start` is for tests (divisorMethods.ts).
 * @throws {RangeError} as `apportion`
 */
export function apportionList(
  weights: readonly number[],
  seats: number,
  method: ApportionMethod,
  min: readonly number[],
  max: readonly number[],
  options: DivisorOptions = {},
): number[] {
  // Huntington-Hill and Adams seat every key with positive weight first (d(0) = 0), as the House does;
  // an explicit ceiling of 0 still wins.
  const floors = min.map((floor, i) => (seatsEveryKey(method) && weights[i]! > 0 ? Math.max(floor, Math.min(1, max[i]!)) : floor));
  const needed = floors.reduce((a, b) => a + b, 0);
  if (seats < needed) {
    const counting = needed > min.reduce((a, b) => a + b, 0) ? `, counting one for every key with a positive weight under ${method}` : '';
    throw new RangeError(`${plural(seats, 'seat is', 'seats are')} fewer than the floors need (${needed}${counting})`);
  }
  const room = max.reduce((a, b) => a + b, 0);
  if (seats > room) throw new RangeError(`${plural(seats, 'seat is', 'seats are')} more than the ceilings allow (${room})`);
  return method === 'hamilton'
    ? hamiltonApportion(weights, floors, max, seats)
    : divisorApportion(weights, method, floors, max, seats, options);
}

/**
 * Shares `seats` whole seats among keys in proportion to their weights, the sum exact.
 * Divisor methods give each seat in turn to the highest weight / d(seats held): Huntington-Hill
 * d(n) = sqrt(n(n+1)), Webster (Sainte-Lague) n + 1/2, Jefferson (D'Hondt) n + 1, Adams n.
 * Hamilton gives whole quotas, then largest remainders. Ties go to the key that comes first in the
 * input. Integer weights are compared exactly (BigInt where floats cannot decide), so census-size data
 * give census results; other weights are computed figures, and priorities within a relative 2^-47 of
 * each other (float noise) are ties. Seats are placed from a quota estimate, so 10^9 seats take as
 * long as 10^4. Sources: Balinski and Young, *Fair Representation* (2001); U.S. Census Bureau,
 * "Computing Apportionment".
 *
 * @throws {TypeError} `apportion: weights must be a record of numbers by key, got an array`;
 *   `apportion: seats must be a number, got the string "8"`; `apportion: options must be an object, got null`
 * @throws {RangeError} `weights.x must be a finite number >= 0, got -1`; `seats must be a whole number >= 0, got 2.5`;
 *   `seats must be at most 2^53 - 1 (9007199254740991), got 9007199254740992`;
 *   `3 seats are fewer than the floors need (4)`; `9 seats are more than the ceilings allow (8)`; `unknown method "x" (methods: ...)`
 * @example
 * apportion({ A: 100_000, B: 80_000, C: 30_000, D: 20_000 }, 8, { method: 'jefferson' }) // => { A: 4, B: 3, C: 1, D: 0 }
 * apportion({ A: 100_000, B: 80_000, C: 30_000, D: 20_000 }, 8, { method: 'webster' })   // => { A: 3, B: 3, C: 1, D: 1 }
 */
export function apportion(
  weights: Readonly<Record<string, number>>,
  seats: number,
  options?: ApportionOptions,
): Record<string, number> {
  if (!isRecord(weights) || weights instanceof Map) {
    throw new TypeError(`apportion: weights must be a record of numbers by key, got ${describeValue(weights)}`);
  }
  countArgument('apportion', 'seats', seats);
  const { method: chosen, min: floors, max: ceilings } = optionsArgument('apportion', options);
  const method = methodArgument(chosen ?? 'huntington-hill');
  const keys = Object.keys(weights);
  const values = keys.map((key) => {
    const weight = weights[key];
    if (typeof weight !== 'number') throw new TypeError(`apportion: weights.${key} must be a number, got ${describeValue(weight)}`);
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`weights.${key} must be a finite number >= 0, got ${weight}`);
    return weight;
  });
  const min = bounds('min', floors, keys, 0);
  const max = bounds('max', ceilings, keys, Infinity);
  keys.forEach((key, i) => {
    if (min[i]! > max[i]!) throw new RangeError(`${key}: its floor ${min[i]} is above its ceiling ${max[i]}`);
  });
  const counts = apportionList(values, seats, method, min, max);
  return recordFrom(keys.map((key, i) => [key, counts[i]!]));
}
