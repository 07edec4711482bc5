import { ExactSum } from '../internal/fsum.js';
import { roundUp } from './roundUp.js';

/** What is added up for a row, an office or the whole model. */
export interface Tally {
  cases: number;
  workloadHours: number;
  /** Officers on board x the case hours each has a year. */
  capacityHours: number;
  requiredOfficers: number;
  recommendedOfficers: number;
  officers: number;
  positionsToFund?: number;
}

/** Staffing figures derived from a tally. Ratios are null where their denominator is 0. */
export interface Staffing {
  cases: number;
  workloadHours: number;
  /** workloadHours / caseHours, exact. */
  requiredOfficers: number;
  /** requiredOfficers rounded up (float noise removed first). */
  recommendedOfficers: number;
  /** With a vacancy rate: requiredOfficers / (1 - vacancyRate), rounded up the same way. */
  positionsToFund?: number;
  /** Officers on board. */
  officers: number;
  /** recommendedOfficers - officers. */
  gap: number;
  /** workloadHours / (officers x caseHours); null when no officer is on board. */
  utilization: number | null;
  /** True when no officer is on board. */
  unstaffed: boolean;
  /** cases / officers. */
  caseloadPerOfficer: number | null;
  /** officers x caseHours / cases: what current staff can give each case a year. */
  hoursPerCase: number | null;
  /** cases / requiredOfficers = caseHours / the count-weighted mean weight of the case mix. */
  achievableCaseload: number | null;
}

/** numerator / denominator; null for a zero denominator, or one so small the ratio overflows. */
function ratio(numerator: number, denominator: number): number | null {
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

/**
 * Adds tallies up (rows into an office, every row into the model): each figure is the correctly
 * rounded sum of the rows' figures (fsum), so a total does not depend on the order of the rows, to
 * the last bit.
 */
export class TallySum {
  private readonly cases = new ExactSum();
  private readonly workloadHours = new ExactSum();
  private readonly capacityHours = new ExactSum();
  private readonly requiredOfficers = new ExactSum();
  private readonly recommendedOfficers = new ExactSum();
  private readonly officers = new ExactSum();
  private positionsToFund: ExactSum | undefined;

  add(tally: Tally): void {
    this.cases.add(tally.cases);
    this.workloadHours.add(tally.workloadHours);
    this.capacityHours.add(tally.capacityHours);
    this.requiredOfficers.add(tally.requiredOfficers);
    this.recommendedOfficers.add(tally.recommendedOfficers);
    this.officers.add(tally.officers);
    if (tally.positionsToFund !== undefined) (this.positionsToFund ??= new ExactSum()).add(tally.positionsToFund);
  }

  value(): Tally {
    return {
      cases: this.cases.value(),
      workloadHours: this.workloadHours.value(),
      capacityHours: this.capacityHours.value(),
      requiredOfficers: this.requiredOfficers.value(),
      recommendedOfficers: this.recommendedOfficers.value(),
      officers: this.officers.value(),
      ...(this.positionsToFund === undefined ? {} : { positionsToFund: this.positionsToFund.value() }),
    };
  }
}

/** The tally of one office and docket. */
export function rowTally(cases: number, workloadHours: number, officers: number, caseHours: number, vacancyRate?: number): Tally {
  const requiredOfficers = workloadHours / caseHours;
  const tally: Tally = {
    cases,
    workloadHours,
    capacityHours: officers * caseHours,
    requiredOfficers,
    recommendedOfficers: roundUp(requiredOfficers),
    officers,
  };
  if (vacancyRate !== undefined) tally.positionsToFund = roundUp(requiredOfficers / (1 - vacancyRate));
  return tally;
}

/**
 * The staffing figures of a tally. (Built from literals and Object.assign, not a spread in the middle
 * of a literal, which V8 copies field by field into a slow object: 2,000 rows took 5 ms that way.)
 */
export function staffing(tally: Tally): Staffing {
  const { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund } = tally;
  const head: Staffing | Pick<Staffing, 'cases' | 'workloadHours' | 'requiredOfficers' | 'recommendedOfficers'> =
    positionsToFund === undefined
      ? { cases, workloadHours, requiredOfficers, recommendedOfficers }
      : { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund };
  return Object.assign(head, {
    officers: tally.officers,
    gap: recommendedOfficers - tally.officers,
    utilization: ratio(workloadHours, tally.capacityHours),
    unstaffed: tally.officers === 0,
    caseloadPerOfficer: ratio(cases, tally.officers),
    hoursPerCase: ratio(tally.capacityHours, cases),
    achievableCaseload: ratio(cases, requiredOfficers),
  });
}
