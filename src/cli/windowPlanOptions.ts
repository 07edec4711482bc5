/**
 * The options of `window` and `plan`, kept in one module so that they move as one into the
 * commander-based CLI: their parseArgs declarations, their parsers, and the library's option names
 * in the flags' words. Every parser throws a UsageError that names its flag.
 */
import type { DocketSize } from '../planning/docketTrend.js';
import { UsageError } from './args.js';

export const WINDOW_PLAN_OPTIONS = {
  office: { type: 'string' },
  'open-hours': { type: 'string' },
  'target-wait': { type: 'string' },
  'service-level': { type: 'string' },
  'handle-time': { type: 'string' },
  profile: { type: 'string' },
  years: { type: 'string' },
  'docket-growth': { type: 'string' },
  'attrition-rate': { type: 'string' },
  'training-months': { type: 'string' },
  'hires-per-year': { type: 'string' },
  'start-year': { type: 'string' },
} as const;

export type RawOptions = Readonly<Record<string, string | boolean | undefined>>;

const NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** The flag's text, or a UsageError saying the command needs it. */
export function required(raw: RawOptions, command: string, flag: string, what: string): string {
  const value = raw[flag];
  if (typeof value !== 'string') throw new UsageError(`${command} needs --${flag} ${what}`);
  return value;
}

/** A share or rate: `0.8`, `80%` or `6/19`. */
export function parseShare(flag: string, text: string): number {
  const percent = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  const fraction = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  const value = percent ? Number(percent[1]) / 100 : fraction ? Number(fraction[1]) / Number(fraction[2]) : NUMBER.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) throw new UsageError(`--${flag}: expected a number such as 0.8, 80% or 6/19, got "${text}"`);
  return value;
}

/** A number (`--training-months 6`). */
export function parseNumber(flag: string, text: string): number {
  if (!NUMBER.test(text)) throw new UsageError(`--${flag}: expected a number, got "${text}"`);
  return Number(text);
}

/** A whole number (`--years 8`, `--start-year 2016`). */
export function parseInteger(flag: string, text: string): number {
  if (!/^\s*-?\d+\s*$/.test(text)) throw new UsageError(`--${flag}: expected a whole number, got "${text}"`);
  return Number(text);
}

/** Officer time: a number of hours, or a time with a unit (`15 min`), which the library reads. */
export const parseTimeText = (text: string): number | string => (NUMBER.test(text) ? Number(text) : text);

/** Shares of the week's arrivals, one per open hour: `0.1,0.2,...`. */
export function parseProfile(text: string): number[] {
  return text.split(',').map((part, i) => {
    if (!NUMBER.test(part)) throw new UsageError(`--profile: share ${i + 1} is not a number: "${part.trim()}"`);
    return Number(part);
  });
}

/** A yearly rate (`0.05`, `5%`), or a docket history `YEAR:CASES,YEAR:CASES,...`. */
export function parseDocketGrowth(text: string): number | DocketSize[] {
  if (!text.includes(':')) return parseShare('docket-growth', text);
  return text.split(',').map((part) => {
    const point = /^\s*(-?\d+)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!point) throw new UsageError(`--docket-growth: expected YEAR:CASES such as 2016:2200000, got "${part.trim()}"`);
    return { year: Number(point[1]), cases: Number(point[2]) };
  });
}

const FLAGS: Readonly<Record<string, string>> = {
  openHoursPerWeek: '--open-hours',
  targetWait: '--target-wait',
  serviceLevel: '--service-level',
  handleTime: '--handle-time',
  profile: '--profile',
  years: '--years',
  docketGrowth: '--docket-growth',
  attritionRate: '--attrition-rate',
  trainingMonths: '--training-months',
  hiresPerYear: '--hires-per-year',
  startYear: '--start-year',
  vacancyRate: '--vacancy-rate',
};

/** Runs a library call; its RangeError becomes a UsageError in the flags' words (`targetWait: ...` is `--target-wait: ...`). */
export function inFlagWords<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(error.message.replace(/^[A-Za-z]+/, (name) => FLAGS[name] ?? name));
  }
}
