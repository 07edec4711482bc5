import { editDistance } from './schemaIssues.js';

/**
 * The known value nearest to `value` (never `value` itself), compared ignoring case, when it is at most 2 edits away:
 * the likely meaning of a typo (`Washington-DC` for `washington-dc`, `oficers` for `officers`).
 *
 * @example
 * nearest('Washington-DC', ['seattle-wa', 'washington-dc']) // => 'washington-dc'
 */
export function nearest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (candidate !== value && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
