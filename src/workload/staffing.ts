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
  /** Cases on the docket (office, model). */
  cases: number;
  /** Hours a year the cases need: sum of count x caseWeight. */
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
 * the last bit. Cases, recommended officers and positions are whole numbers (below 2^53 their sums are
 * exact in any order) and are added plainly; hours and officers (FTE) exactly.
 */
export class TallySum {
  private cases = 0;
  private readonly workloadHours = new ExactSum();
  private readonly capacityHours = new ExactSum();
  private readonly requiredOfficers = new ExactSum();
  private recommendedOfficers = 0;
  private readonly officers = new ExactSum();
  private positionsToFund: number | undefined;

  add(tally: Tally): void {
    this.cases += tally.cases;
    this.workloadHours.add(tally.workloadHours);
    this.capacityHours.add(tally.capacityHours);
    this.requiredOfficers.add(tally.requiredOfficers);
    this.recommendedOfficers += tally.recommendedOfficers;
    this.officers.add(tally.officers);
    if (tally.positionsToFund !== undefined) this.positionsToFund = (this.positionsToFund ?? 0) + tally.positionsToFund;
  }

  /** Starts again from nothing, keeping the sums' storage (one TallySum serves every office in turn). */
  reset(): this {
    this.cases = 0;
    this.workloadHours.reset();
    this.capacityHours.reset();
    this.requiredOfficers.reset();
    this.recommendedOfficers = 0;
    this.officers.reset();
    this.positionsToFund = undefined;
    return this;
  }

  value(): Tally {
    const total: Tally = {
      cases: this.cases,
      workloadHours: this.workloadHours.value(),
      capacityHours: this.capacityHours.value(),
      requiredOfficers: this.requiredOfficers.value(),
      recommendedOfficers: this.recommendedOfficers,
      officers: this.officers.value(),
    };
    if (this.positionsToFund !== undefined) total.positionsToFund = this.positionsToFund;
    return total;
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

/** The figures derived from a tally's sums. */
function derived({ cases, workloadHours, requiredOfficers, recommendedOfficers, officers, capacityHours }: Tally) {
  return {
    gap: recommendedOfficers - officers,
    utilization: ratio(workloadHours, capacityHours),
    unstaffed: officers === 0,
    caseloadPerOfficer: ratio(cases, officers),
    hoursPerCase: ratio(capacityHours, cases),
    achievableCaseload: ratio(cases, requiredOfficers),
  };
}

// Each shape below is one object literal (two: with and without positionsToFund), which V8 allocates
// once with every field in place. Writing the figures one by one into an object holding the head
// fields grew its property storage step by step (measured: 2.7 MB of garbage and a fifth of the time
// of `assess` on a parsed model of 1,000 offices x 50 case types).

/** The staffing figures of a tally: the model's total. */
export function staffing(tally: Tally): Staffing {
  const { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers } = tally;
  const { gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload } = derived(tally);
  return positionsToFund === undefined
    ? { cases, workloadHours, requiredOfficers, recommendedOfficers, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload }
    : { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
}

/** An office's staffing figures, after its id and case hours. */
export function officeStaffing(office: string, caseHours: number, tally: Tally): { office: string; caseHours: number } & Staffing {
  const { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers } = tally;
  const { gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload } = derived(tally);
  return positionsToFund === undefined
    ? { office, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload }
    : { office, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
}

/** An office and docket's staffing figures, after the office's id, the docket and the case hours. */
export function rowStaffing(office: string, docket: string, caseHours: number, tally: Tally): { office: string; docket: string; caseHours: number } & Staffing {
  const { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers } = tally;
  const { gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload } = derived(tally);
  return positionsToFund === undefined
    ? { office, docket, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload }
    : { office, docket, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
}
