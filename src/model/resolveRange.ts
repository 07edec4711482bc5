import type { IssuePath } from './ModelError.js';
import type { Distribution, Range } from './range.js';

/** A range as written: bounds as for a plain value of the field. */
export interface RangeInput<Bound> {
  low: Bound;
  mode?: Bound | undefined;
  high: Bound;
  /** As the model's input type has it: any string; the schema has checked it and made it lower case. */
  dist?: string | undefined;
}

/** A bound as read: its amount and the unit it is in (`hour`, `workday`, `time a year`). */
export type BoundValue = { amount: number; unit: string };

/** A bound as a message quotes it: `"1 h"`, `3`, `2 workday` (a resolved time). */
function quoteBound(bound: unknown): string {
  if (typeof bound === 'string') return JSON.stringify(bound);
  if (typeof bound === 'object' && bound !== null && 'amount' in bound && 'unit' in bound) return `${String(bound.amount)} ${String(bound.unit)}`;
  return String(bound);
}

/**
 * True when a field's value is a range rather than a plain value (a number, a string, or a resolved
 * time `{ amount, unit }`, which is an object too).
 */
export function isRangeInput<Bound>(value: Bound | RangeInput<Bound>): value is RangeInput<Bound> {
  return typeof value === 'object' && value !== null && ('low' in value || 'high' in value);
}

/**
 * Reads a range's bounds with `read` (which reports what it cannot read and returns undefined) and
 * checks the rules the schema cannot: one unit for all bounds, low < high, low <= mode <= high, a mode
 * for pert and triangular ranges and none for uniform ones. Each problem is reported at its bound's
 * path; the result is undefined when there was one.
 */
export function resolveRange<Bound>(
  path: IssuePath,
  input: RangeInput<Bound>,
  read: (path: IssuePath, bound: Bound) => BoundValue | undefined,
  report: (path: IssuePath, message: string) => void,
): { range: Range; unit: string } | undefined {
  // The schema (rangeSchema) has checked dist and made it lower case: one of DISTRIBUTIONS here.
  const dist = (input.dist ?? 'pert') as Distribution;
  const bound = (key: 'low' | 'mode' | 'high') =>
    input[key] === undefined ? undefined : { key, written: quoteBound(input[key]), value: read([...path, key], input[key]) };
  const [low, mode, high] = [bound('low')!, bound('mode'), bound('high')!];
  if (!low.value || !high.value || (mode && !mode.value)) return undefined;

  const problems: [string, string][] = [];
  const otherUnit = [mode, high].find((other) => other && other.value!.unit !== low.value!.unit);
  if (otherUnit) {
    const message = `${otherUnit.written} is in ${otherUnit.value!.unit}s but low ${low.written} is in ${low.value.unit}s; give low, mode and high in one kind of unit (s, min, h; or workday, workweek)`;
    problems.push([otherUnit.key, message]);
  } else if (!(low.value.amount < high.value.amount)) {
    problems.push(['high', `must be greater than low ${low.written}, got ${high.written}`]);
  } else if (mode && !(low.value.amount <= mode.value!.amount && mode.value!.amount <= high.value.amount)) {
    problems.push(['mode', `must be between low ${low.written} and high ${high.written}, got ${mode.written}`]);
  }
  if (dist === 'uniform' && mode) problems.push(['mode', 'a uniform range takes low and high only: remove mode, or give dist "pert" or "triangular"']);
  if (dist !== 'uniform' && !mode) problems.push(['mode', `is required for a ${dist} range (only a uniform range goes without)`]);
  for (const [key, message] of problems) report([...path, key], message);
  if (problems.length > 0) return undefined;
  return { range: { dist, low: low.value.amount, ...(mode ? { mode: mode.value!.amount } : {}), high: high.value.amount }, unit: low.value.unit };
}
