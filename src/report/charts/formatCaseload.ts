import { formatWhole } from '../../output/numbers.js';
import { formatTick } from '../svg/formatTick.js';

/**
 * Cases per officer as the caseload charts say it: whole cases from 1 up (OIG-17-51's Figure 1), a
 * smaller caseload with its significant digits so that it never reads as 0.
 *
 * @example
 * formatCaseload(5337.4) // => '5,337'
 * formatCaseload(0.00001) // => '1e-5'
 */
export function formatCaseload(value: number): string {
  return value >= 1 || value === 0 ? formatWhole(value) : formatTick(value);
}
