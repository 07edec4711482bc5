import { docketTrend, type DocketSize, type DocketTrend } from './docketTrend.js';

/** How each plan year's docket compares with the model's: the model's counts are the first year's. */
export interface DocketFactors {
  /** One per plan year; the first is 1. */
  factors: number[];
  trend?: DocketTrend;
}

/**
 * The docket of each plan year relative to the first: (1 + rate)^k for a yearly rate, or
 * trend(startYear + k) / trend(startYear) for a history's fitted line (never below 0: a line that
 * falls past zero leaves no cases). The model's counts are taken as `startYear`'s.
 *
 * @throws {RangeError} `docketGrowth must be a yearly rate > -1 or a history of { year, cases }, got -1`;
 *   `startYear is needed with a docket history: the year the model's case counts describe`;
 *   `the docket trend is 0 or less in 2016 (-5 cases): a share of it cannot be taken`; those of `docketTrend`
 */
export function docketFactors(growth: number | readonly DocketSize[], years: number, startYear: number | undefined): DocketFactors {
  const plan = Array.from({ length: years }, (_, k) => k);
  if (typeof growth === 'number') {
    if (!(Number.isFinite(growth) && growth > -1)) {
      throw new RangeError(`docketGrowth must be a yearly rate > -1 or a history of { year, cases }, got ${growth}`);
    }
    return { factors: plan.map((k) => (1 + growth) ** k) };
  }
  if (!Array.isArray(growth)) {
    throw new RangeError(`docketGrowth must be a yearly rate > -1 or a history of { year, cases }, got ${String(growth)}`);
  }
  if (startYear === undefined) throw new RangeError("startYear is needed with a docket history: the year the model's case counts describe");
  const trend = docketTrend(growth);
  const at = (year: number) => trend.slope * year + trend.intercept;
  const first = at(startYear);
  if (!(first > 0)) throw new RangeError(`the docket trend is 0 or less in ${startYear} (${+first.toFixed(1)} cases): a share of it cannot be taken`);
  return { factors: plan.map((k) => Math.max(0, at(startYear + k) / first)), trend };
}
