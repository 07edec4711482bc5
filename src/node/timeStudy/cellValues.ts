/** Cell values of the time-study tables, each a value or a RowProblem naming its column. */
import { isoDateProblem } from '../../timestudy/isoDate.js';
import { RowProblem } from '../csv/NamedColumnRows.js';

/** A decimal such as `20`, `12.5` or `1,200` (commas between groups of three), or NaN. */
function decimal(text: string): number {
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^\.\d+$/.test(text)) return NaN;
  return Number(text.replaceAll(',', ''));
}

/** A cell that must not be blank. */
export function filled(text: string, column: string, noun: string): string {
  if (text === '') throw new RowProblem(`the cell is blank; every row needs ${noun}`, column);
  return text;
}

/** A workday as an ISO date that is a day of the calendar. */
export function isoDate(text: string, column: string): string {
  const problem = isoDateProblem(filled(text, column, 'a date'));
  if (problem !== undefined) throw new RowProblem(problem, column);
  return text;
}

/** What a number in a form the tables do not read likely means: `45,5` (a decimal comma) is 45.5. */
function decimalCommaHint(text: string): string {
  const comma = /^(\d+),(\d+)$/.exec(text);
  return comma ? `; if "${text}" has a decimal comma, write ${comma[1]}.${comma[2]} (a point is the decimal mark, commas group thousands: 1,200)` : '';
}

/** What minutes written as a time or with a unit are in minutes: `1:30` is 90, `90 min` is 90, `1.5 h` is 90. */
function minutesHint(text: string): string {
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  if (clock) return `; for ${clock[1]} h ${clock[2]} min as h:mm, write the minutes: ${Number(clock[1]) * 60 + Number(clock[2])}`;
  const unit = /^(\d+(?:\.\d+)?)\s*(min|mins|minutes?|m|h|hrs?|hours?)$/iu.exec(text);
  if (unit) {
    const inMinutes = /^h/iu.test(unit[2]!) ? Number(unit[1]) * 60 : Number(unit[1]);
    return `; the column is in minutes without a unit: write ${Number(inMinutes.toPrecision(12))}`;
  }
  return decimalCommaHint(text);
}

/** Minutes spent: a number > 0. */
export function minutesOf(text: string, column: string): number {
  const value = decimal(filled(text, column, 'its minutes'));
  if (!(value > 0)) throw new RowProblem(`expected minutes > 0, such as 20 or 12.5, got "${text}"${Number.isNaN(value) ? minutesHint(text) : ''}`, column);
  return value;
}

/** Cases an entry covers: a whole number >= 1. */
export function casesOf(text: string, column: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(value) && value >= 1)) throw new RowProblem(`expected a whole number of cases >= 1 (blank for 1), got "${text}"`, column);
  return value;
}

/**
 * A caseload: a number of cases >= 0 (an average over the study may have decimals). As readCaseCounts
 * reads counts, commas group thousands (`10,156`) and a point is a decimal point; `1.000` (one point
 * before exactly three digits, as a thousands separator writes it) is refused as ambiguous: is it 1 or
 * 1000? `0.500` is not: a thousands group never begins with 0, so it is 0.5. Two or more such points
 * (`1.000.000`) cannot be a decimal: they group thousands, read as `1,000,000` is (1000000).
 */
export function caseloadOf(text: string, column: string): number {
  const given = filled(text, column, 'a caseload');
  if (/^[1-9]\d{0,2}(?:\.\d{3}){2,}$/.test(given)) return Number(given.replaceAll('.', ''));
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(given)) {
    throw new RowProblem(`"${given}" is ambiguous: ${given.replaceAll('.', '')} with a point between thousands, or ${Number(given)} with three decimals? write ${given.replaceAll('.', ',')} or ${given.replaceAll('.', '')} for the one, ${Number(given)} for the other`, column);
  }
  const value = decimal(given);
  if (!(value >= 0 && Number.isFinite(value))) throw new RowProblem(`expected a caseload >= 0, such as 1200 or 1,200, got "${text}"${decimalCommaHint(given)}`, column);
  return value;
}
