import { docketsOf } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import { unsourcedInputs } from '../model/provenance.js';
import type { ModelLike } from '../model/types.js';
import { caseWeights } from './caseWeight.js';
import { dutiesOf, officerYearOf, yearSettings } from './hours.js';
import { addTallies, rowTally, staffing, type Staffing, type Tally } from './staffing.js';

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
 * positions are whole per row and add up as such.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {RangeError} `vacancyRate must be a number in [0, 1), got 1`
 * @example
 * // The OIG-17-51 scenario (fixtures/oig-17-51/scenario.json), Washington's non-detained docket:
 * assess(scenario, { vacancyRate: 6 / 19 }).rows[2]
 * // => { office: 'washington-dc', docket: 'non-detained', caseHours: 1324.64, cases: 10156, workloadHours: 33049.32,
 * //      requiredOfficers: 24.95, recommendedOfficers: 25, positionsToFund: 37, officers: 1, gap: 24,
 * //      utilization: 24.95, unstaffed: false, caseloadPerOfficer: 10156, hoursPerCase: 0.13, achievableCaseload: 407.06 }
 */
export function assess(model: ModelLike, options: AssessOptions = {}): Assessment {
  const { vacancyRate } = options;
  if (vacancyRate !== undefined && !(typeof vacancyRate === 'number' && vacancyRate >= 0 && vacancyRate < 1)) {
    throw new RangeError(`vacancyRate must be a number in [0, 1), got ${String(vacancyRate)}`);
  }
  const parsed = parseModel(model);
  const weights = caseWeights(parsed);
  const dockets = docketsOf(parsed);
  const rows: AssessmentRow[] = [];
  const offices: OfficeAssessment[] = [];
  const officeTallies: Tally[] = [];

  for (const office of parsed.offices) {
    const { caseHours } = officerYearOf(yearSettings(parsed, office), dutiesOf(parsed, office));
    const tallies = dockets.map((docket) => {
      let cases = 0;
      let workloadHours = 0;
      for (const caseType of parsed.caseTypes) {
        if (caseType.docket !== docket) continue;
        const count = office.cases[caseType.id] ?? 0;
        cases += count;
        workloadHours += count * weights[caseType.id]!;
      }
      const tally = rowTally(cases, workloadHours, office.officers[docket] ?? 0, caseHours, vacancyRate);
      rows.push({ office: office.id, docket, caseHours, ...staffing(tally) });
      return tally;
    });
    const officeTally = addTallies(tallies);
    officeTallies.push(officeTally);
    offices.push({ office: office.id, caseHours, ...staffing(officeTally) });
  }

  return {
    ...(parsed.name === undefined ? {} : { name: parsed.name }),
    caseHours: officerYearOf(parsed.officerYear, parsed.collateralDuties).caseHours,
    weights,
    rows,
    offices,
    total: staffing(addTallies(officeTallies)),
    unsourced: unsourcedInputs(parsed),
  };
}
