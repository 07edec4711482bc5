import { parseArgs } from 'node:util';
import { APPORTION_METHODS, type ApportionMethod } from '../allocation/apportion.js';
import { UNCERTAINTY_OPTIONS } from './uncertaintyOptions.js';
import { WINDOW_PLAN_OPTIONS, type RawOptions } from './windowPlanOptions.js';

/** A mistake in how the command was called: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  command: string | undefined;
  files: string[];
  format: Format;
  vacancyRate: number | undefined;
  officers: number | undefined;
  hires: number | undefined;
  method: ApportionMethod | undefined;
  cases: string | undefined;
  caseTypeMap: string | undefined;
  skipInvalid: boolean;
  /** The options of window, plan, simulate and sensitivity, as given (windowPlanOptions.ts and uncertaintyOptions.ts read them). */
  raw: RawOptions;
  /** The rest of the --cases group (src/cli/cases.ts). */
  officeMap: string | undefined;
  encoding: string | undefined;
  countColumn: string | undefined;
  delimiter: string | undefined;
  officeColumn: string | undefined;
  caseTypeColumn: string | undefined;
  help: boolean;
  version: boolean;
}

/** A rate as a decimal (`0.316`) or a fraction of counts (`6/19`: 6 of 19 positions vacant). */
export function parseRate(text: string): number {
  const fraction = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  const value = fraction ? Number(fraction[1]) / Number(fraction[2]) : text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new UsageError(`--vacancy-rate: expected a number such as 0.3 or a fraction such as 6/19, got "${text}"`);
  return value;
}

function parseWhole(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--${option}: expected a whole number >= 0, got "${text}"`);
  return Number(text);
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'vacancy-rate': { type: 'string' },
        officers: { type: 'string' },
        hires: { type: 'string' },
        method: { type: 'string' },
        cases: { type: 'string' },
        'case-type-map': { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        'office-map': { type: 'string' },
        encoding: { type: 'string' },
        'count-column': { type: 'string' },
        delimiter: { type: 'string' },
        'office-column': { type: 'string' },
        'case-type-column': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...WINDOW_PLAN_OPTIONS,
        ...UNCERTAINTY_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, got "${format}"`);
  }
  const method = values.method;
  if (method !== undefined && !(APPORTION_METHODS as readonly string[]).includes(method)) {
    throw new UsageError(`--method: expected one of ${APPORTION_METHODS.join(', ')}, got "${method}"`);
  }
  const rate = values['vacancy-rate'];
  return {
    command: positionals[0],
    files: positionals.slice(1),
    format: format as Format,
    vacancyRate: rate === undefined ? undefined : parseRate(rate),
    officers: parseWhole('officers', values.officers),
    hires: parseWhole('hires', values.hires),
    method: method as ApportionMethod | undefined,
    cases: values.cases,
    caseTypeMap: values['case-type-map'],
    skipInvalid: values['skip-invalid'] ?? false,
    raw: values,
    officeMap: values['office-map'],
    encoding: values.encoding,
    countColumn: values['count-column'],
    delimiter: values.delimiter,
    officeColumn: values['office-column'],
    caseTypeColumn: values['case-type-column'],
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
