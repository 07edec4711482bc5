import { roundUp } from '../workload/roundUp.js';
import type { IntegerCounts } from './integerCounts.js';
import { meanAndSd } from './meanAndSd.js';
import { orderStatistics } from './orderStatistics.js';

/** The distribution of required officers over the draws. Percentiles invert the empirical distribution. */
export interface RequiredOfficersDistribution {
  /** The mean over the draws. */
  mean: number;
  /** Sample standard deviation. */
  sd: number;
  /** The 5th percentile. */
  p5: number;
  /** The median. */
  p50: number;
  /** The 90th percentile. */
  p90: number;
  /** The 95th percentile. */
  p95: number;
}

/** What a simulation says about one row, one office or the total. */
export interface SimulatedStaffing {
  /** Required officers (workloadHours / caseHours) over the draws. */
  requiredOfficers: RequiredOfficersDistribution;
  /** The share of draws in which the officers on board suffice (in every docket, for an office or the total). */
  probabilityStaffed: number;
  /** For each confidence level (key: the level as written, `"0.9"`), the fewest whole officers that suffice in that share of draws. */
  officersForConfidence: Record<string, number>;
  /** With a vacancy rate: for each level, the positions to fund so that the officers on board suffice in that share of draws. */
  positionsToFund?: Record<string, number>;
}

/** The draws of one row, office or the total (reordered in place by the selection). */
export interface StaffingDraws {
  required: Float64Array;
  /** Whole officers per draw, counted; absent for a row, whose whole officers are its required officers rounded up. */
  whole?: IntegerCounts | undefined;
  /** Positions per draw, counted; absent for a row, whose positions are required / (1 - vacancyRate) rounded up. */
  positions?: IntegerCounts | undefined;
  staffed: number;
}

/** The rank of the level-quantile among n draws: the smallest k with k / n >= level (float noise aside). */
const rankOf = (level: number, n: number) => Math.min(n, Math.max(1, roundUp(level * n)));

/**
 * Summarizes draws. A quantile at level p is the k-th smallest draw for the smallest k with k >= p n
 * (the inverse of the empirical distribution function, Hyndman and Fan 1996, definition 1): the fewest
 * officers that suffice in a share p of the draws, once rounded up to whole officers.
 */
export function staffingDistribution(draws: StaffingDraws, confidence: readonly number[], vacancyRate?: number): SimulatedStaffing {
  const n = draws.required.length;
  const { mean, sd } = meanAndSd(draws.required);
  const percentiles = [0.05, 0.5, 0.9, 0.95];
  const required = orderStatistics(draws.required, [...percentiles, ...confidence].map((level) => rankOf(level, n)));
  const at = (level: number) => required.get(rankOf(level, n))!;
  const { whole, positions } = draws;
  const byLevel = (value: (level: number) => number) => Object.fromEntries(confidence.map((level) => [String(level), value(level)]));
  return {
    requiredOfficers: { mean, sd, p5: at(0.05), p50: at(0.5), p90: at(0.9), p95: at(0.95) },
    probabilityStaffed: draws.staffed / n,
    officersForConfidence: byLevel((level) => (whole ? whole.kthSmallest(rankOf(level, n)) : roundUp(at(level)))),
    ...(vacancyRate === undefined
      ? {}
      : { positionsToFund: byLevel((level) => (positions ? positions.kthSmallest(rankOf(level, n)) : roundUp(at(level) / (1 - vacancyRate)))) }),
  };
}
