/**
 * Checks of the arguments of public functions. An argument of the wrong type is a TypeError that
 * names the function and the parameter (`assess: options must be an object, got null`); a value of the
 * right type out of range is a RangeError without the function's name, since such values often come
 * from a user (the CLI shows them as they are: `hires must be a whole number >= 0, got -1`).
 * Values are named as `describeValue` names them (`null`, `the string "3"`, `the number 2`, `an array`).
 */
import { describeValue } from './describeValue.js';

export { describeValue };

/** True for an object that can hold named fields: not null, not an array, not a function. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The options argument: undefined is `{}`, anything but an object a TypeError.
 * @throws {TypeError} `assess: options must be an object, got null`
 */
export function optionsArgument<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (!isRecord(options)) throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
  return options;
}

/**
 * A model argument must at least be an object; `parseModel` checks the rest.
 * @throws {TypeError} `coverage: model must be a model object, got undefined`
 */
export function modelArgument(fn: string, model: unknown): void {
  if (!isRecord(model)) throw new TypeError(`${fn}: model must be a model object, got ${describeValue(model)}`);
}

/**
 * @throws {TypeError} `caseWeight: caseTypeId must be a string, got the number 3`
 */
export function stringArgument(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${name} must be a string, got ${describeValue(value)}`);
  return value;
}

/** The largest count that is exact in a double: 2^53 - 1. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * A whole count (seats, hires, officers): a number, whole, at least `min` and at most 2^53 - 1, past
 * which doubles skip whole numbers and a count could not be kept exactly.
 * @throws {TypeError} `allocateHires: hires must be a number, got the string "3"`
 * @throws {RangeError} `hires must be a whole number >= 0, got -1`;
 *   `seats must be at most 2^53 - 1 (9007199254740991), got 9007199254740992`
 */
export function countArgument(fn: string, name: string, value: unknown, min = 0): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${describeValue(value)}`);
  if (!(Number.isInteger(value) && value >= min)) throw new RangeError(`${name} must be a whole number >= ${min}, got ${value}`);
  if (value > MAX_COUNT) throw new RangeError(`${name} must be at most 2^53 - 1 (${MAX_COUNT}), got ${value}`);
  return value;
}
