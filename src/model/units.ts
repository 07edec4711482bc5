/**
 * Units of officer time and of how often things happen. Strings are parsed by a private mathjs
 * instance that knows only units (no expression evaluator: `evaluate('20 min')` would read `min` as
 * a function). `workday` and `workweek` are their own dimension because their length in hours
 * depends on the officer year they are read against (`workdayHours`), which can differ per office.
 */
import { create, createUnitDependencies, unitDependencies, type FactoryFunctionMap, type Unit } from 'mathjs';
import type { Frequency, Time } from '../internal/hours.js';
import { canonicalUnit, spellings } from './unitSpellings.js';

export type { Frequency, Time, WorkYear } from '../internal/hours.js';
// Reading resolved units as hours is arithmetic, below the model (src/internal/hours.ts); these stay
// importable from here for modules written against this file.
export { timeHours, timesPerYear } from '../internal/hours.js';

let parser: { math: ReturnType<typeof create>; TIME: Unit; WORK_TIME: Unit } | undefined;

/**
 * The unit parser, created on first use: importing the package creates nothing, and a bundle that
 * never reads a unit (`apportion`, `toCsv`, ...) leaves mathjs out.
 */
function unitParser() {
  if (parser === undefined) {
    // mathjs's types mark each dependency map as possibly undefined; these two are always defined.
    const math = create({ unitDependencies, createUnitDependencies } as Record<string, FactoryFunctionMap>);
    math.createUnit('workday', { aliases: ['workdays'] });
    math.createUnit('workweek', { definition: '5 workday', aliases: ['workweeks'] });
    // Abbreviations mathjs does not know (yr, wk, mo) and capitals: src/model/unitSpellings.ts.
    parser = { math, TIME: math.unit('1 s'), WORK_TIME: math.unit('1 workday') };
  }
  return parser;
}

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;
/** mathjs's year: 365.25 days. */
const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;

const TIME_UNITS = `${spellings(['s', 'min', 'h', 'workday', 'workweek'])}`;
const INTERVAL_UNITS =
  `${spellings(['day', 'week', 'month', 'year', 'workday', 'workweek'])}; ` +
  `${spellings(['h', 'min', 's'])} by their length; or weekly, monthly, quarterly, yearly, annually`;

/** Intervals written as a word, and what they mean. */
const ADVERBS: ReadonlyMap<string, string> = new Map([
  ['weekly', '1 week'],
  ['monthly', '1 month'],
  ['quarterly', '3 months'],
  ['yearly', '1 year'],
  ['annually', '1 year'],
]);

type Kind = 'time' | 'interval';

const KINDS = {
  time: { noun: 'a time', units: TIME_UNITS, example: '20 min', unit: 'h' },
  interval: { noun: 'an interval', units: INTERVAL_UNITS, example: '90 days', unit: 'days' },
} as const;

/** A number written with a comma (`1,5`, `1,5 h`, `1,200 min`): a decimal comma or a thousands separator. */
const DECIMAL_COMMA = /^\s*[+-]?\d*,\d+(\s*[a-z]+)?\s*$/i;

/** A string for a message, in quotes: `"20 min"`. */
function quote(text: string): string {
  return JSON.stringify(text);
}

function parseQuantity(text: string, kind: Kind): Unit {
  const { math, TIME, WORK_TIME } = unitParser();
  const { noun, units, example, unit: suggested } = KINDS[kind];
  let unit: Unit;
  try {
    unit = math.unit(canonicalUnit(text));
  } catch {
    if (DECIMAL_COMMA.test(text)) throw new RangeError(`${quote(text)} is not a number with a unit: write numbers with a decimal point and no thousands separators`);
    throw new RangeError(`${quote(text)} is not a number with a unit, such as "${example}" (units, in any case: ${units})`);
  }
  if (unit.units.length === 0) throw new RangeError(`${quote(text)} has no unit; add one, such as ${quote(`${text.trim()} ${suggested}`)}`);
  if (!unit.equalBase(TIME) && !unit.equalBase(WORK_TIME)) throw new RangeError(`${quote(text)} is not ${noun} (units, in any case: ${units})`);
  if (unit.value === null || !Number.isFinite(unit.value)) throw new RangeError(`${quote(text)} is not a finite amount`);
  if (unit.value < 0) throw new RangeError(`${quote(text)} is negative`);
  return unit;
}

/** The length of one of the unit a quantity was written in, in seconds: 86,400 for `"3 days"`. */
function unitSeconds(unit: Unit): number {
  return unitParser().math.unit(1, unit.formatUnits()).value!;
}

/**
 * Reads officer time: a number of hours, a string with a unit, or an already resolved `Time`
 * (what a parsed model holds). A calendar unit (`"3 days"`) is refused: an escort trip of 3 days
 * costs an officer 3 workdays, not 72 hours.
 *
 * @throws {RangeError} `"3 days" is a calendar unit; write officer time in workday or workweek (...)`,
 *   or `"5 kg" is not a time (units: ...)`, `"20" has no unit; ...`, `"-5 min" is negative`
 * @example
 * parseTime('20 min') // => { amount: 0.3333333333333333, unit: 'hour' }
 * parseTime('1 workweek') // => { amount: 5, unit: 'workday' }
 */
export function parseTime(value: number | string | Time): Time {
  if (typeof value === 'number') return { amount: value, unit: 'hour' };
  if (typeof value === 'object') return { amount: value.amount, unit: value.unit };
  const quantity = parseQuantity(value, 'time');
  if (quantity.equalBase(unitParser().WORK_TIME)) return { amount: quantity.value!, unit: 'workday' };
  if (unitSeconds(quantity) >= SECONDS_PER_DAY) {
    throw new RangeError(
      `${quote(value)} is a calendar unit; write officer time in workday or workweek (an escort trip of 3 days costs an officer 3 workdays, not 72 hours)`,
    );
  }
  return { amount: quantity.value! / SECONDS_PER_HOUR, unit: 'hour' };
}

/**
 * Reads how often something happens from the interval between occurrences: a number with a unit, or
 * one of the words weekly, monthly, quarterly (3 months), yearly and annually. Calendar intervals
 * count against a 365.25-day year, by their length (`"48 hours"` is 2 days); `workday` and `workweek`
 * against the work year. Intervals shorter than a day (or a workday) are refused: give `perYear`.
 *
 * @throws {RangeError} `"0 days" must be longer than zero`, `"4 h" is shorter than a day; ...`,
 *   `"daily" could mean every day or every workday; write "1 day" (365.25 times a year) or "1 workday" (...)`
 * @example
 * parseInterval('90 days') // => { perYear: 4.058333333333334 }
 * parseInterval('48 hours') // => { perYear: 182.625 }
 * parseInterval('quarterly') // => { perYear: 4 }
 * parseInterval('1 workweek') // => { perWorkday: 0.2 }
 */
export function parseInterval(value: string): Frequency {
  const word = value.trim().toLowerCase();
  if (word === 'daily') {
    throw new RangeError(
      `${quote(value)} could mean every day or every workday; write "1 day" (365.25 times a year) or "1 workday" (the workdays of the work year, 260 by default)`,
    );
  }
  const quantity = parseQuantity(ADVERBS.get(word) ?? value, 'interval');
  const length = quantity.value!;
  if (length === 0) throw new RangeError(`${quote(value)} must be longer than zero`);
  if (quantity.equalBase(unitParser().WORK_TIME)) {
    if (length < 1) throw new RangeError(`${quote(value)} is shorter than a workday; give perYear (times a year) for something done more than once a workday`);
    return { perWorkday: 1 / length };
  }
  if (length < SECONDS_PER_DAY) {
    throw new RangeError(
      `${quote(value)} is shorter than a day; give perYear (times a year) for something done more than once a day, or an interval of a day or more such as "1 day" or "1 workday"`,
    );
  }
  return { perYear: SECONDS_PER_YEAR / length };
}
