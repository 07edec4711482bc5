/**
 * Units of officer time and of how often things happen. Strings are parsed by a private mathjs
 * instance that knows only units (no expression evaluator: `evaluate('20 min')` would read `min` as
 * a function). `workday` and `workweek` are their own dimension because their length in hours
 * depends on the officer year they are read against (`workdayHours`), which can differ per office.
 */
import { create, createUnitDependencies, unitDependencies, type FactoryFunctionMap, type Unit } from 'mathjs';

// mathjs's types mark each dependency map as possibly undefined; these two are always defined.
const math = create({ unitDependencies, createUnitDependencies } as Record<string, FactoryFunctionMap>);
math.createUnit('workday', { aliases: ['workdays'] });
math.createUnit('workweek', { definition: '5 workday', aliases: ['workweeks'] });

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;
/** mathjs's year: 365.25 days. */
const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;
const TIME = math.unit('1 s');
const WORK_TIME = math.unit('1 workday');

/** Officer time, resolved to hours later against an officer year's `workdayHours`. */
export interface Time {
  readonly amount: number;
  readonly unit: 'hour' | 'workday';
}

/** How often a task or duty happens: times a calendar year, or times a workday of the work year. */
export type Frequency = { readonly perYear: number } | { readonly perWorkday: number };

/** The parts of an officer year that units are read against. */
export interface WorkYear {
  readonly paidHours: number;
  readonly workdayHours: number;
}

const TIME_UNITS = 's, min, h (or hour), workday, workweek';

function parseQuantity(text: string): Unit {
  let unit: Unit;
  try {
    unit = math.unit(text.trim());
  } catch {
    throw new RangeError(`"${text}" is not a number with a unit, such as "20 min" (units: ${TIME_UNITS})`);
  }
  if (unit.units.length === 0) throw new RangeError(`"${text}" has no unit; add one, such as "${text.trim()} h"`);
  if (!unit.equalBase(TIME) && !unit.equalBase(WORK_TIME)) {
    throw new RangeError(`"${text}" is not a time (units: ${TIME_UNITS})`);
  }
  if (unit.value === null || !Number.isFinite(unit.value)) throw new RangeError(`"${text}" is not a finite amount`);
  if (unit.value < 0) throw new RangeError(`"${text}" is negative`);
  return unit;
}

/** The length of one of the unit a quantity was written in, in seconds: 86,400 for `"3 days"`. */
function unitSeconds(unit: Unit): number {
  return math.unit(1, unit.formatUnits()).value!;
}

/**
 * Reads officer time: a number of hours, or a string with a unit. A calendar unit (`"3 days"`) is
 * refused: an escort trip of 3 days costs an officer 3 workdays, not 72 hours.
 *
 * @throws {RangeError} `"3 days" is a calendar unit; write officer time in workday or workweek (...)`,
 *   or `"5 kg" is not a time (units: ...)`, `"20" has no unit; ...`, `"-5 min" is negative`
 * @example
 * parseTime('20 min') // => { amount: 0.3333333333333333, unit: 'hour' }
 * parseTime('1 workweek') // => { amount: 5, unit: 'workday' }
 */
export function parseTime(value: number | string): Time {
  if (typeof value === 'number') return { amount: value, unit: 'hour' };
  const quantity = parseQuantity(value);
  if (quantity.equalBase(WORK_TIME)) return { amount: quantity.value!, unit: 'workday' };
  if (unitSeconds(quantity) >= SECONDS_PER_DAY) {
    throw new RangeError(
      `"${value}" is a calendar unit; write officer time in workday or workweek (an escort trip of 3 days costs an officer 3 workdays, not 72 hours)`,
    );
  }
  return { amount: quantity.value! / SECONDS_PER_HOUR, unit: 'hour' };
}

/**
 * Reads how often something happens from an interval between occurrences. Calendar units (day, week,
 * month, year) count against a 365.25-day year; `workday` and `workweek` against the work year.
 *
 * @throws {RangeError} `"0 days" must be longer than zero`, or `"4 h" is shorter than a day ...`
 * @example
 * parseInterval('90 days') // => { perYear: 4.058333333333334 }
 * parseInterval('1 workweek') // => { perWorkday: 0.2 }
 */
export function parseInterval(value: string): Frequency {
  const quantity = parseQuantity(value);
  if (quantity.value === 0) throw new RangeError(`"${value}" must be longer than zero`);
  if (quantity.equalBase(WORK_TIME)) return { perWorkday: 1 / quantity.value! };
  if (unitSeconds(quantity) < SECONDS_PER_DAY) {
    throw new RangeError(
      `"${value}" is shorter than a day; give the interval in day, week, month, year, workday or workweek, or give perYear`,
    );
  }
  return { perYear: SECONDS_PER_YEAR / quantity.value! };
}

/**
 * Officer time in hours, reading workdays against the officer year's `workdayHours`.
 *
 * @example
 * timeHours({ amount: 3, unit: 'workday' }, { paidHours: 2080, workdayHours: 8 }) // => 24
 */
export function timeHours(time: Time, year: WorkYear): number {
  return time.unit === 'hour' ? time.amount : time.amount * year.workdayHours;
}

/**
 * Times a year something happens. A work year has `paidHours / workdayHours` workdays (260 by default).
 *
 * @example
 * timesPerYear({ perWorkday: 1 }, { paidHours: 2080, workdayHours: 8 }) // => 260
 */
export function timesPerYear(frequency: Frequency, year: WorkYear): number {
  return 'perYear' in frequency ? frequency.perYear : (frequency.perWorkday * year.paidHours) / year.workdayHours;
}
