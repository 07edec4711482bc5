import { roundUp } from './roundUp.js';

/** The staffing figures of a row (office and docket), an office or the model. Ratios are null where their denominator is 0. */
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

/** What heads a line of the assessment: a row's office, docket and case hours; an office's id and case hours; nothing for the total. */
export interface LineHead {
  office?: string;
  docket?: string;
  caseHours?: number;
}

/**
 * One line of the assessment from the figures the others derive from: a row (`office` and `docket`
 * given), an office (`office` only) or the model's total (neither). `capacityHours` is officers x
 * case hours (summed, for an office or the model); `positionsToFund` is given with a vacancy rate.
 * The figures come as numbers, not in an object: a row then leaves no garbage but the line itself.
 */
export function staffingLine(
  cases: number,
  workloadHours: number,
  capacityHours: number,
  requiredOfficers: number,
  recommendedOfficers: number,
  officers: number,
  positionsToFund: number | undefined,
  office?: string,
  docket?: string,
  caseHours?: number,
): Staffing & LineHead {
  const gap = recommendedOfficers - officers;
  const utilization = ratio(workloadHours, capacityHours);
  const unstaffed = officers === 0;
  const caseloadPerOfficer = ratio(cases, officers);
  const hoursPerCase = ratio(capacityHours, cases);
  const achievableCaseload = ratio(cases, requiredOfficers);
  // Each shape is one object literal, which V8 allocates once with every field in place. Writing the
  // figures one by one into an object holding the head fields grew its property storage step by step
  // (measured: 2.7 MB of garbage and a fifth of the time of `assess` on a parsed 1,000 x 50 model).
  if (positionsToFund === undefined) {
    if (docket !== undefined) return { office, docket, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
    if (office !== undefined) return { office, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
    return { cases, workloadHours, requiredOfficers, recommendedOfficers, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
  }
  if (docket !== undefined) return { office, docket, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
  if (office !== undefined) return { office, caseHours, cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
  return { cases, workloadHours, requiredOfficers, recommendedOfficers, positionsToFund, officers, gap, utilization, unstaffed, caseloadPerOfficer, hoursPerCase, achievableCaseload };
}

/**
 * The line of one office and docket: requiredOfficers = workloadHours / caseHours, recommended
 * officers and positions rounded up (positions = required / (1 - vacancyRate), with a vacancy rate).
 */
export function rowLine(office: string, docket: string, caseHours: number, cases: number, workloadHours: number, officers: number, vacancyRate?: number): Staffing & Required<LineHead> {
  const requiredOfficers = workloadHours / caseHours;
  const positionsToFund = vacancyRate === undefined ? undefined : roundUp(requiredOfficers / (1 - vacancyRate));
  const line = staffingLine(cases, workloadHours, officers * caseHours, requiredOfficers, roundUp(requiredOfficers), officers, positionsToFund, office, docket, caseHours);
  return line as Staffing & Required<LineHead>; // office, docket and caseHours given
}
