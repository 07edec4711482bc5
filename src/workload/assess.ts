import { modelArgument, optionsArgument, describeValue } from '../internal/arguments.js';
import { readModelInPlace } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assessModel } from './assessModel.js';
import type { Staffing } from './staffing.js';
import { displayResult } from '../display/displayResult.js';

/** What `assess` takes beside the model. */
export interface AssessOptions {
  /**
   * Share of funded positions that stand vacant, in [0, 1). Adds `positionsToFund`:
   * requiredOfficers / (1 - vacancyRate), rounded up (13 officers at 6 of 19 vacant is 19 positions).
   */
  vacancyRate?: number;
}

/** One office and docket. */
export interface AssessmentRow extends Staffing {
  /** The office's id. */
  office: string;
  /** The docket. */
  docket: string;
  /** The case hours a year of one officer in this office. */
  caseHours: number;
}

/** One office, all its dockets. */
export interface OfficeAssessment extends Staffing {
  /** The office's id. */
  office: string;
  /** The case hours a year of one officer in this office. */
  caseHours: number;
}

/** What `assess` gives: per office and docket, per office and for the model, the officers the workload needs against those on board. */
export interface Assessment {
  /** The model's name. */
  name?: string;
  /** The model's case hours per officer per year (offices may override theirs: see rows). */
  caseHours: number;
  /** Hours per case per year, by case-type id. */
  weights: Record<string, number>;
  /** One per office and docket, offices in model order, dockets in the order case types name them. */
  rows: AssessmentRow[];
  /** One per office, all its dockets together. */
  offices: OfficeAssessment[];
  /** The whole model: sums of the rows; ratios from the sums. */
  total: Staffing;
  /** Paths of inputs whose numbers have no source, own or inherited: what is still a guess. */
  unsourced: string[];
}

/**
 * The staffing assessment: for each office and docket, the workload in hours
 * (sum of count x caseWeight), the officers it needs (workloadHours / caseHours) and how that compares
 * with the officers on board; then totals per office and for the model. Recommended officers and
 * positions are whole per row and add up as such. Every sum is correctly rounded (fsum): a total is
 * the same to the last bit whatever the order of offices, dockets or case types. Linear in
 * offices x case types.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {TypeError} `assess: options must be an object, got null`; `assess: model must be a model object, got null`
 * @throws {RangeError} `vacancyRate must be a number in [0, 1), got 1`
 * @example
 * // The OIG-17-51 scenario (fixtures/oig-17-51/scenario.json), Washington's non-detained docket:
 * assess(scenario, { vacancyRate: 6 / 19 }).rows[2]
 * // => { office: 'washington-dc', docket: 'non-detained', caseHours: 1324.64, cases: 10156, workloadHours: 33049.32,
 * //      requiredOfficers: 24.95, recommendedOfficers: 25, positionsToFund: 37, officers: 1, gap: 24,
 * //      utilization: 24.95, unstaffed: false, caseloadPerOfficer: 10156, hoursPerCase: 0.13, achievableCaseload: 407.06 }
 */
export function assess(model: ModelLike, options?: AssessOptions): Assessment {
  modelArgument('assess', model);
  const { vacancyRate } = optionsArgument('assess', options);
  if (vacancyRate !== undefined && typeof vacancyRate !== 'number') {
    throw new TypeError(`assess: options.vacancyRate must be a number, got ${describeValue(vacancyRate)}`);
  }
  if (vacancyRate !== undefined && !(vacancyRate >= 0 && vacancyRate < 1)) {
    throw new RangeError(`vacancyRate must be a number in [0, 1), got ${vacancyRate}`);
  }
  // Nothing returned holds the model: an input's counts are read in place, not copied and frozen.
  return displayResult('Staffing assessment', assessModel(readModelInPlace(model), vacancyRate));
}
