/**
 * What the report takes and gives. The optional results (simulation, sensitivity, hiring plan) are
 * typed by the fields the report reads, so results of the library's `simulate`, `sensitivity` and
 * `hiringPlan` fit, and so do results built elsewhere in the same shape.
 */
import type { ModelLike } from '../model/types.js';
import type { HiringPlanRow } from '../planning/hiringPlanTypes.js';
import type { TextTable } from '../output/table.js';
import type { Assessment } from '../workload/assess.js';

/** What a report is of: a model, and its assessment when you have one (else the report assesses it). */
export interface ReportResult {
  /** A model input or a parsed model: its assumptions are shown, and its offices' names. */
  model: ModelLike;
  /** `assess(model, ...)`'s result; absent: `assess(model, { vacancyRate })`. */
  assessment?: Assessment;
}

/** Required officers over a simulation's draws (officers, full-time equivalents). */
export interface RequiredOfficersSpread {
  /** The mean over the draws. */
  mean: number;
  /** The 5th percentile: 5% of the draws need fewer. */
  p5: number;
  /** The median. */
  p50: number;
  /** The 95th percentile: 95% of the draws need no more. */
  p95: number;
}

/** One office and docket of a simulation, as the report reads it. */
export interface SimulatedRowLike {
  /** The office's id (its `name` is shown). */
  office: string;
  /** The docket. */
  docket: string;
  /** Officers on board. */
  officers: number;
  /** Officers required over the draws. */
  requiredOfficers: RequiredOfficersSpread;
  /** For each confidence level (key: the level as written, `"0.9"`), the fewest whole officers that suffice in that share of draws: a column each. */
  officersForConfidence?: Readonly<Record<string, number>>;
  /** With a vacancy rate: for each level, the positions to fund: a column each. */
  positionsToFund?: Readonly<Record<string, number>>;
}

/** What the report reads of a simulation: per office and docket, the spread of required officers. */
export interface SimulationLike {
  /** Draws made. */
  iterations: number;
  /** The confidence levels of `officersForConfidence`, in its columns' order. */
  confidence?: readonly number[];
  /** One per office and docket. */
  rows: readonly SimulatedRowLike[];
}

/** One uncertain input of a sensitivity analysis: a tornado chart's bar. */
export interface SensitivityRowLike {
  /** Where the input is in the model: `caseTypes[0].tasks[1].time` (shown in words). */
  path: string;
  /** The task's or duty's name. */
  name: string;
  /** The total required officers with this input at its low, every other at its mean. */
  requiredAtLow: number;
  /** The same with this input at its high. */
  requiredAtHigh: number;
  /** |requiredAtHigh - requiredAtLow|: the rows come largest first. */
  swing: number;
}

/** What the report reads of a sensitivity analysis: a tornado chart's bars. */
export interface SensitivityLike {
  /** Total required officers with every input at its mean. */
  requiredOfficers: number;
  /** One per uncertain input, the largest swing first. */
  rows: readonly SensitivityRowLike[];
}

/**
 * One year of a hiring plan, as the report reads it: the fields of `hiringPlan`'s rows it draws
 * (see HiringPlanRow for each one's meaning). Officers are full-time equivalents.
 */
export type HiringPlanYearLike = Pick<HiringPlanRow, 'year' | 'cases' | 'requiredOfficers' | 'officers' | 'inTraining' | 'hires' | 'separations' | 'gap'>;

/** Where one year's hires go. */
export interface HiringPlanPlacementLike {
  /** The year of the hires. */
  year: number;
  /** The office's id (its `name` is shown). */
  office: string;
  /** The docket they join. */
  docket: string;
  /** Officers hired there that year. */
  hires: number;
}

/** What the report reads of a hiring plan: one row per year, and where each year's hires go. */
export interface HiringPlanLike {
  /** Hires each year, given or found. */
  hiresPerYear?: number;
  /** The year from which the gap stays closed; null when it is still open in the last year. */
  gapClosesIn?: number | null;
  /** Where each year's hires go, by office and docket. */
  offices?: readonly HiringPlanPlacementLike[];
  /** One per year. */
  rows: readonly HiringPlanYearLike[];
}

/** What `renderReport` and `reportCharts` take beside the model: a title, and the results to add. */
export interface RenderReportOptions {
  /** The page's title. Default: the model's `name`, else `Staffing assessment`. */
  title?: string;
  /** Passed to `assess` when `result` has no assessment (with one, it is an error: assess with it yourself). */
  vacancyRate?: number;
  /** `simulate(model, ...)`'s result: adds the p5-p95 spread of required officers. */
  simulation?: SimulationLike;
  /** `sensitivity(model)`'s result: adds the tornado chart. */
  sensitivity?: SensitivityLike;
  /** `hiringPlan(model, ...)`'s result: adds the plan by year. */
  plan?: HiringPlanLike;
}

/** One chart of the report: a standalone SVG, its title and text alternative, and the data it draws. */
export interface ReportChart {
  /** Unique in the report, such as `chart-caseload-1`: the SVG's id. */
  id: string;
  /** What the chart shows, as its heading (the SVG's `<title>`). */
  title: string;
  /** What the chart shows, in words (the SVG's `<desc>`). */
  description: string;
  /** `<svg xmlns=...>...</svg>`: valid as a file, inline in HTML, or in a notebook. */
  svg: string;
  /** The values drawn, formatted, as the chart's data table. */
  data: TextTable;
}
