/**
 * Where hires go: each to the office x docket whose utilization is highest. This is a divisor method:
 * row i's next hire, with a hires added, has priority requiredOfficers_i / (officers_i + a), its
 * utilization before that hire, so d_i(a) = officers_i + a and the queue of seatQueue.ts applies, from
 * a quota start. A row with work and nobody on board comes first (its utilization is unbounded), the
 * one with more work first; rows without work take hires only when every row with work is at its cap.
 */
import { plural } from '../internal/plural.js';
import { fillSeats, quotaStart } from './seatQueue.js';
import { compareFigures, TIE_TOLERANCE } from './ties.js';

/** What placing hires needs of a row: its work in officers, and the officers on board (FTE). */
export interface HireRowInput {
  requiredOfficers: number;
  officers: number;
}

/**
 * The hires each row receives, never past `cap`.
 * @param options.start `"quotas"` (default) or `"floors"` (one hire at a time from none, for tests)
 * @throws {RangeError} `3 hires cannot be placed: there is no office x docket to receive them`;
 *   `1 hire cannot be placed: every office x docket that may receive hires is at its cap`
 */
export function placeHires(rows: readonly HireRowInput[], cap: readonly number[], hires: number, options: { start?: 'quotas' | 'floors' } = {}): number[] {
  if (rows.length === 0 && hires > 0) throw new RangeError(`${notPlaced(hires)}: there is no office x docket to receive them`);
  const required = rows.map((row) => row.requiredOfficers);
  const onBoard = rows.map((row) => row.officers);
  const none = rows.map(() => 0);
  const added =
    options.start === 'floors' ? [...none] : quotaStart(required, (i) => ({ low: onBoard[i]!, high: onBoard[i]! }), none, cap, hires);
  const withWork = rows.flatMap((_, i) => (required[i]! > 0 ? [i] : []));
  let left = fillSeats(added, cap, withWork, hires - added.reduce((sum, n) => sum + n, 0), {
    priority: (i, a) => required[i]! / (onBoard[i]! + a),
    margin: TIE_TOLERANCE,
    // Within noise of each other: two unstaffed rows go by their work; others are a tie.
    close: (i, j) => (onBoard[i]! + added[i]! === 0 && onBoard[j]! + added[j]! === 0 ? compareFigures(required[i]!, required[j]!) : 0),
  });
  // Rows without work are all alike: the first listed takes hires up to its cap, then the next.
  for (let i = 0; i < rows.length && left > 0; i++) {
    if (required[i]! > 0) continue;
    const take = Math.min(left, cap[i]! - added[i]!);
    added[i]! += take;
    left -= take;
  }
  if (left > 0) throw new RangeError(`${notPlaced(left)}: every office x docket that may receive hires is at its cap`);
  return added;
}

/** "1 hire cannot be placed", "3 hires cannot be placed". */
const notPlaced = (hires: number) => `${plural(hires, 'hire')} cannot be placed`;
