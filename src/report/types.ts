/**
 * What the report takes and gives. The optional results (simulation, sensitivity, hiring plan) are
 * typed by the fields the report reads, so results of the library's `simulate`, `sensitivity` and
 * `hiringPlan` fit, and so do results built elsewhere in the same shape.
 */
import type { ModelLike } from '../model/types.js';
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
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

/** What the report reads of a simulation: per office and docket, the spread of required officers. */
export interface SimulationLike {
  iterations: number;
  rows: readonly { office: string; docket: string; officers: number; requiredOfficers: RequiredOfficersSpread }[];
  total?: { officers: number; requiredOfficers: RequiredOfficersSpread };
}

/** What the report reads of a sensitivity analysis: a tornado chart's bars. */
export interface SensitivityLike {
  /** Total required officers with every input at its mean. */
  requiredOfficers: number;
  rows: readonly { path: string; name: string; requiredAtLow: number; requiredAtHigh: number; swing: number }[];
}

/** What the report reads of a hiring plan: one row per year, and where each year's hires go. */
export interface HiringPlanLike {
  /** Hires each year, given or found. */
  hiresPerYear?: number;
  /** The year from which the gap stays closed; null when it is still open in the last year. */
  gapClosesIn?: number | null;
  /** Where each year's hires go, by office and docket. */
  offices?: readonly { year: number; office: string; docket: string; hires: number }[];
  rows: readonly {
    year: number;
    cases: number;
    requiredOfficers: number;
    officers: number;
    inTraining: number;
    hires: number;
    separations: number;
    gap: number;
  }[];
}

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
  title: string;
  /** What the chart shows, in words (the SVG's `<desc>`). */
  description: string;
  /** `<svg xmlns=...>...</svg>`: valid as a file, inline in HTML, or in a notebook. */
  svg: string;
  /** The values drawn, formatted, as the chart's data table. */
  data: TextTable;
}
