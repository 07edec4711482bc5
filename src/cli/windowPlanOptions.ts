/**
 * The options of `window` and `plan`, kept apart from the other commands' so that they move as one into the
 * commander-based CLI: their parseArgs declarations, the required ones, and the library's option
 * names in the flags' words; the parsers are in windowPlanParsers.ts.
 */
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

/** The flag's text, or a UsageError saying the command needs it. */
export function required(raw: RawOptions, command: string, flag: string, what: string): string {
  const value = raw[flag];
  if (typeof value !== 'string') throw new UsageError(`${command} needs --${flag} ${what}`);
  return value;
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
  iterations: '--iterations',
  seed: '--seed',
  confidence: '--confidence',
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
