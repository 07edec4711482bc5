import { parseArgs } from 'node:util';

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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
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
  const rate = values['vacancy-rate'];
  return {
    command: positionals[0],
    files: positionals.slice(1),
    format: format as Format,
    vacancyRate: rate === undefined ? undefined : parseRate(rate),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
