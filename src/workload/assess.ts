import { modelArgument, optionsArgument, describeValue } from '../internal/arguments.js';
import { ExactSum } from '../internal/fsum.js';
import { inheritsNothing, ownValue } from '../internal/records.js';
import { docketsOf } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import { unsourcedInputs } from '../model/provenance.js';
import type { Model, ModelLike, Office } from '../model/types.js';
import { caseWeights } from './caseWeight.js';
import { dutiesOf, officerYearOf, yearSettings } from './hours.js';
import { rowTally, staffing, TallySum, type Staffing } from './staffing.js';

export interface AssessOptions {
  /**
   * Share of funded positions that stand vacant, in [0, 1). Adds `positionsToFund`:
   * requiredOfficers / (1 - vacancyRate), rounded up (13 officers at 6 of 19 vacant is 19 positions).
   */
  vacancyRate?: number;
}

/** One office and docket. */
export interface AssessmentRow extends Staffing {
  office: string;
  docket: string;
  /** The case hours a year of one officer in this office. */
  caseHours: number;
}

/** One office, all its dockets. */
export interface OfficeAssessment extends Staffing {
  office: string;
  caseHours: number;
}

export interface Assessment {
  name?: string;
  /** The model's case hours per officer per year (offices may override theirs: see rows). */
  caseHours: number;
  /** Hours per case per year, by case-type id. */
  weights: Record<string, number>;
  /** One per office and docket, offices in model order, dockets in the order case types name them. */
  rows: AssessmentRow[];
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
/** The case types of each docket, with their weights: the inner loop of `assess`. */
function caseTypesByDocket(model: Model, weights: Readonly<Record<string, number>>): Map<string, { id: string; weight: number }[]> {
  const byDocket = new Map<string, { id: string; weight: number }[]>(docketsOf(model).map((docket) => [docket, []]));
  for (const caseType of model.caseTypes) byDocket.get(caseType.docket)!.push({ id: caseType.id, weight: weights[caseType.id]! });
  return byDocket;
}

/** An office's case hours a year: the model's unless it overrides its officer year or adds duties. */
function caseHoursOf(model: Model, office: Office, modelCaseHours: number): number {
  if (!office.officerYear && office.collateralDuties.length === 0) return modelCaseHours;
  return officerYearOf(yearSettings(model, office), dutiesOf(model, office)).caseHours;
}

export function assess(model: ModelLike, options?: AssessOptions): Assessment {
  modelArgument('assess', model);
  const { vacancyRate } = optionsArgument('assess', options);
  if (vacancyRate !== undefined && typeof vacancyRate !== 'number') {
    throw new TypeError(`assess: options.vacancyRate must be a number, got ${describeValue(vacancyRate)}`);
  }
  if (vacancyRate !== undefined && !(vacancyRate >= 0 && vacancyRate < 1)) {
    throw new RangeError(`vacancyRate must be a number in [0, 1), got ${vacancyRate}`);
  }
  const parsed = parseModel(model);
  const weights = caseWeights(parsed);
  const byDocket = caseTypesByDocket(parsed, weights);
  const modelCaseHours = officerYearOf(parsed.officerYear, parsed.collateralDuties).caseHours;
  const rows: AssessmentRow[] = [];
  const offices: OfficeAssessment[] = [];
  const total = new TallySum();
  const workload = new ExactSum();

  for (const office of parsed.offices) {
    const caseHours = caseHoursOf(parsed, office, modelCaseHours);
    const officeTotal = new TallySum();
    // Own properties only: a case type or docket named "constructor" is not found on Object.prototype.
    // A record whose prototype has no members (as parseModel builds them) has nothing else, and is read directly.
    const inherits = !inheritsNothing(office.cases);
    for (const [docket, caseTypes] of byDocket) {
      let cases = 0;
      workload.reset();
      for (const { id, weight } of caseTypes) {
        const count = inherits && !Object.hasOwn(office.cases, id) ? 0 : (office.cases[id] ?? 0);
        cases += count;
        workload.add(count * weight);
      }
      const officers = ownValue(office.officers, docket) ?? 0;
      const tally = rowTally(cases, workload.value(), officers, caseHours, vacancyRate);
      rows.push(staffing(tally, { office: office.id, docket, caseHours }));
      officeTotal.add(tally);
      total.add(tally);
    }
    offices.push(staffing(officeTotal.value(), { office: office.id, caseHours }));
  }

  return {
    ...(parsed.name === undefined ? {} : { name: parsed.name }),
    caseHours: modelCaseHours,
    weights,
    rows,
    offices,
    total: staffing(total.value()),
    unsourced: unsourcedInputs(parsed),
  };
}
