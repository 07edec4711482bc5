/**
 * The options of `simulate` and `sensitivity`, kept apart from the other commands' (as window's and
 * plan's are) so that they move as one into a commander-based CLI: their parseArgs declarations and
 * parsers. Each parser throws a UsageError that names its flag.
 */
import { UsageError } from './args.js';
import { parseShare } from './windowPlanParsers.js';
import type { RawOptions } from './windowPlanOptions.js';

export const UNCERTAINTY_OPTIONS = {
  iterations: { type: 'string' },
  seed: { type: 'string' },
  confidence: { type: 'string' },
} as const;

/** What `simulate` takes from the command line. The CLI's defaults: 10,000 iterations, seed 1, confidence 0.9. */
export interface SimulateFlags {
  iterations: number;
  seed: number;
  confidence: number[];
}

function whole(flag: string, text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new UsageError(`--${flag}: expected a whole number, got "${text}"`);
  return Number(text);
}

/**
 * Reads --iterations N, --seed S and --confidence C (one level or several: `0.9`, `90%`, `0.8,0.9,0.95`).
 * Ranges (iterations >= 2, levels in (0, 1]) are the library's to check.
 */
export function simulateFlags(raw: RawOptions): SimulateFlags {
  const text = (flag: string) => (typeof raw[flag] === 'string' ? (raw[flag] as string) : undefined);
  const confidence = text('confidence');
  return {
    iterations: text('iterations') === undefined ? 10_000 : whole('iterations', text('iterations')!),
    seed: text('seed') === undefined ? 1 : whole('seed', text('seed')!),
    confidence: confidence === undefined ? [0.9] : confidence.split(',').map((level) => parseShare('confidence', level)),
  };
}
