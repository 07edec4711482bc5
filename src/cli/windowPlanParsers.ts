/**
 * Parsers of the window and plan options' text, as commander argParsers: a value that does not read
 * is an InvalidArgumentError, which commander prints with its flag. Ranges are the library's to check
 * (its messages are printed in the flags' words: see `parameters` in commands/window.ts and plan.ts).
 */
import { InvalidArgumentError } from 'commander';
import { givenOnce } from './options.js';
import type { DocketSize } from '../planning/docketTrend.js';
import { DECIMAL, FRACTION, isDecimal } from './options.js';

const PERCENT = new RegExp(`^\\s*(${DECIMAL})\\s*%\\s*$`);

/** A share or rate: `0.8`, `80%` or `6/19`. */
export function parseRate(text: string): number {
  const percent = PERCENT.exec(text);
  const fraction = FRACTION.exec(text);
  const value = percent ? Number(percent[1]) / 100 : fraction ? Number(fraction[1]) / Number(fraction[2]) : isDecimal(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) throw new InvalidArgumentError('Expected a number such as 0.8, 80% or 6/19.');
  return value;
}

/** A number (`--training-months 6`). */
export function parseNumber(text: string): number {
  if (!isDecimal(text)) throw new InvalidArgumentError('Expected a number.');
  return Number(text);
}

/** A whole number (`--years 8`, `--start-year 2016`). */
export function parseInteger(text: string): number {
  if (!/^\s*-?\d+\s*$/.test(text)) throw new InvalidArgumentError('Expected a whole number.');
  return Number(text);
}

/** Officer time: a number of hours, or a time with a unit (`15 min`), which the library reads. */
export const parseTimeText = (text: string): number | string => (isDecimal(text) ? Number(text) : text);

/** Shares of the week's arrivals, one per open hour: `0.1,0.2,...`. */
export function parseProfile(text: string): number[] {
  return text.split(',').map((part, i) => {
    if (!isDecimal(part)) throw new InvalidArgumentError(`Share ${i + 1} is not a number: "${part.trim()}".`);
    return Number(part);
  });
}

/** A yearly rate (`0.05`, `5%`), or a docket history `YEAR:CASES,YEAR:CASES,...`, each year once. */
export function parseDocketGrowth(text: string): number | DocketSize[] {
  if (!text.includes(':')) return parseRate(text);
  const history = text.split(',').map((part) => {
    const point = /^\s*(-?\d+)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!point) throw new InvalidArgumentError(`Expected YEAR:CASES such as 2016:2200000, got "${part.trim()}".`);
    return { year: Number(point[1]), cases: Number(point[2]) };
  });
  return givenOnce(history, history.map((point) => String(point.year)), 'year', (point) => point.year);
}
