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

/** Minutes spent: a number > 0. */
export function minutesOf(text: string, column: string): number {
  const value = decimal(filled(text, column, 'its minutes'));
  if (!(value > 0)) throw new RowProblem(`expected minutes > 0, such as 20 or 12.5, got "${text}"`, column);
  return value;
}

/** Cases an entry covers: a whole number >= 1. */
export function casesOf(text: string, column: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(value) && value >= 1)) throw new RowProblem(`expected a whole number of cases >= 1 (blank for 1), got "${text}"`, column);
  return value;
}

/** A caseload: a number of cases >= 0 (an average over the study may have decimals). */
export function caseloadOf(text: string, column: string): number {
  const value = decimal(filled(text, column, 'a caseload'));
  if (!(value >= 0 && Number.isFinite(value))) throw new RowProblem(`expected a caseload >= 0, such as 1200 or 1,200, got "${text}"`, column);
  return value;
}
