import type { TimeInput } from '../model/schema.js';
import { parseTime } from '../model/units.js';

/**
 * Reads a queue's time option (`handleTime`, `targetWait`) as hours: a number of hours, or a string
 * with a unit (`"20 min"`, `"45 s"`). Workdays are refused: a queue runs on the clock, not the work year.
 *
 * @throws {RangeError} `handleTime: "3 days" is a calendar unit; ...`, `targetWait: must be a finite number of hours >= 0, got -1`,
 *   `handleTime: "1 workday" is a work unit; give the time in s, min or h`
 */
export function queueHours(name: string, value: TimeInput, { positive = false } = {}): number {
  if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name}: must be a finite number of hours >= 0, got ${String(value)}`);
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new RangeError(`${name}: expected a number of hours or a string such as "20 min", got ${typeof value}`);
  }
  let time;
  try {
    time = parseTime(value);
  } catch (error) {
    throw new RangeError(`${name}: ${(error as Error).message}`);
  }
  if (time.unit === 'workday') throw new RangeError(`${name}: "${value}" is a work unit; give the time in s, min or h`);
  if (positive && !(time.amount > 0)) throw new RangeError(`${name}: must be longer than zero, got ${JSON.stringify(value)}`);
  return time.amount;
}

/**
 * Checks a number option against a range and returns it.
 *
 * @throws {RangeError} `serviceLevel must be a number in [0, 1), got 1`
 */
export function checkedNumber(name: string, value: unknown, range: string, ok: (value: number) => boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`${name} must be a number in ${range}, got ${String(value)}`);
  }
  return value;
}

/** The most erlangs a queue may carry: the search and the Erlang B recursion take a step per server. */
export const MAX_TRAFFIC = 10_000_000;

/**
 * A = arrivalRate x handleTime in erlangs, checked to be at most 10,000,000: sizing takes a step per
 * server (0.25 s at 10^7 erlangs on this project's machine), so a larger load would run for hours.
 *
 * @throws {RangeError} `the traffic intensity (arrivalRate x handleTime) must be at most 10000000 erlangs, got 1e+12: sizing takes a step per server`
 */
export function trafficIntensityOf(arrivalRate: number, handleHours: number): number {
  const trafficIntensity = arrivalRate * handleHours;
  if (!(trafficIntensity <= MAX_TRAFFIC)) {
    throw new RangeError(
      `the traffic intensity (arrivalRate x handleTime) must be at most ${MAX_TRAFFIC} erlangs, got ${+trafficIntensity.toPrecision(6)}: sizing takes a step per server`,
    );
  }
  return trafficIntensity;
}
