import type { DocketSize, DocketTrend } from './docketTrend.js';

/** What `hiringPlan` takes beside the model. */
export interface HiringPlanOptions {
  /** Years to plan: a whole number in [1, 1000]. */
  years: number;
  /** The docket's yearly growth rate (0.05 is 5% a year), or a history of docket sizes to fit a line to. */
  docketGrowth: number | readonly DocketSize[];
  /** The share of officers carrying cases who leave each year, in [0, 1). */
  attritionRate: number;
  /** Months a hire trains before carrying cases, >= 0. */
  trainingMonths: number;
  /** Hires each year, a whole number in [0, 2^53 - 1]. Default: the fewest that close the gap by the last year. */
  hiresPerYear?: number;
  /** The calendar year the model's case counts describe: the plan's first year. Default 1; needed with a history. */
  startYear?: number;
  /** Share of funded positions that stand vacant, in [0, 1): adds positionsToFund to each year. */
  vacancyRate?: number;
}

/** One plan year, for the whole model. Officers are full-time equivalents averaged over the year. */
export interface HiringPlanRow {
  /** The calendar year (`startYear` + k). */
  year: number;
  /** Open cases: the model's counts grown to this year, rounded per office and case type. */
  cases: number;
  /** workloadHours / caseHours for this year's cases (exact, as in `assess`). */
  requiredOfficers: number;
  /** Officers carrying cases. */
  officers: number;
  /** Hired and still in training: not carrying cases. */
  inTraining: number;
  /** Officers hired this year. */
  hires: number;
  /** Officers carrying cases who leave this year (attritionRate of those carrying cases). */
  separations: number;
  /** requiredOfficers - officers; 0 or less when the year is covered; exactly 0 when they differ by float noise only (4 (years + 1) x 2^-52 of their size). */
  gap: number;
  /** With vacancyRate: requiredOfficers / (1 - vacancyRate), rounded up per office and docket (as `assess`). */
  positionsToFund?: number;
}

/** Where one year's hires go: an office and docket, by `allocateHires`. Only rows that receive hires. */
export interface HiringPlanOfficeRow {
  /** The year of the hires. */
  year: number;
  /** The office's id. */
  office: string;
  /** The docket they join. */
  docket: string;
  /** Officers hired there that year. */
  hires: number;
}

/** A multi-year hiring plan: per year the cases, officers required, on board and in training, hires, separations and the gap; and where the hires go. */
export interface HiringPlan {
  /** One per year. */
  rows: HiringPlanRow[];
  /** Where each year's hires go, by office and docket (rows that receive hires only). */
  offices: HiringPlanOfficeRow[];
  /** The hires each year: as given, or the fewest that close the gap by the last year. */
  hiresPerYear: number;
  /** The first year from which every row's gap is 0 or less to the end of the plan; null if the last row's gap is above 0. */
  gapClosesIn: number | null;
  /** With a docket history: the line fitted to it, and how well it fits. */
  docketTrend?: DocketTrend;
}
