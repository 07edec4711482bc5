import { formatPercent } from '../../output/numbers.js';

/** A utilization for a summary line: a percentage, or why there is none. */
export const utilization = (value: number | null): string =>
  value === null ? 'unbounded (a docket with cases has no officer)' : formatPercent(value);
