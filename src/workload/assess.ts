import { modelArgument, optionsArgument, describeValue } from '../internal/arguments.js';
import { CheckedExactSum } from '../internal/fsum.js';
import { ownValue } from '../internal/records.js';
import { docketsOf } from '../model/lookup.js';
import { readModelInPlace } from '../model/parseModel.js';
import { unsourcedPaths } from '../model/provenance.js';
import type { Model, ModelLike, Office } from '../model/types.js';
import { weightsOf } from './caseWeight.js';
import { countMatrix } from './countMatrix.js';
import { dutiesOf, officerYearOf, yearSettings } from './hours.js';
import { officeStaffing, rowStaffing, rowTally, staffing, TallySum, type Staffing } from './staffing.js';
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
 * The case types as `assess` reads an office's counts (a row of countMatrix): by position in the
 * model, the index of each one's docket (in `dockets`) and its weight.
 */
interface CaseTypeIndex {
  dockets: string[];
  docketOf: Int32Array;
  weightOf: Float64Array;
}

function caseTypeIndex(model: Model, weights: Readonly<Record<string, number>>): CaseTypeIndex {
  const dockets = docketsOf(model);
  const docketIndex = new Map(dockets.map((docket, d) => [docket, d]));
  const { caseTypes } = model;
  const index: CaseTypeIndex = {
    dockets,
    docketOf: new Int32Array(caseTypes.length),
    weightOf: new Float64Array(caseTypes.length),
  };
  caseTypes.forEach((caseType, i) => {
    index.docketOf[i] = docketIndex.get(caseType.docket)!;
    index.weightOf[i] = weights[caseType.id]!;
  });
  return index;
}

/** An office's case hours a year: the model's unless it overrides its officer year or adds duties. */
function caseHoursOf(model: Model, office: Office, modelCaseHours: number): number {
  if (!office.officerYear && office.collateralDuties.length === 0) return modelCaseHours;
  return officerYearOf(yearSettings(model, office), dutiesOf(model, office)).caseHours;
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

/**
 * `assess` of a model already read (by `parseModel` or `readModelInPlace`), its options checked,
 * without the Jupyter display `assess` adds. Not part of the public API.
 */
export function assessModel(parsed: Model, vacancyRate?: number): Assessment {
  const weights = weightsOf(parsed);
  const index = caseTypeIndex(parsed, weights);
  const { dockets } = index;
  const { docketOf, weightOf } = index;
  const matrix = countMatrix(parsed);
  const n = parsed.caseTypes.length;
  const modelCaseHours = officerYearOf(parsed.officerYear, parsed.collateralDuties).caseHours;
  const rows: AssessmentRow[] = [];
  const offices: OfficeAssessment[] = [];
  const total = new TallySum();
  const officeTotal = new TallySum();
  const cases = dockets.map(() => 0);
  const workload = dockets.map(() => new CheckedExactSum());

  for (let o = 0; o < parsed.offices.length; o++) {
    const office = parsed.offices[o]!;
    const caseHours = caseHoursOf(parsed, office, modelCaseHours);
    officeTotal.reset();
    // The office's cases and workload (count x weight, summed exactly: the order does not matter) by docket.
    cases.fill(0);
    for (const sum of workload) sum.reset();
    for (let i = 0, at = o * n; i < n; i++, at++) {
      const count = matrix[at]!;
      if (count === 0) continue;
      cases[docketOf[i]!]! += count;
      workload[docketOf[i]!]!.add(count * weightOf[i]!);
    }
    for (let d = 0; d < dockets.length; d++) {
      const docket = dockets[d]!;
      const officers = ownValue(office.officers, docket) ?? 0;
      const tally = rowTally(cases[d]!, workload[d]!.value(), officers, caseHours, vacancyRate);
      rows.push(rowStaffing(office.id, docket, caseHours, tally));
      officeTotal.add(tally);
      total.add(tally);
    }
    offices.push(officeStaffing(office.id, caseHours, officeTotal.value()));
  }

  return {
    ...(parsed.name === undefined ? {} : { name: parsed.name }),
    caseHours: modelCaseHours,
    weights,
    rows,
    offices,
    total: staffing(total.value()),
    unsourced: unsourcedPaths(parsed),
  };
}
