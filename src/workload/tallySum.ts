import { ExactSum } from '../internal/fsum.js';
import { staffingLine, type LineHead, type Staffing } from './staffing.js';

/**
 * Adds lines up (rows into an office, every row into the model): each figure is the correctly
 * rounded sum of the rows' figures (fsum), so a total does not depend on the order of the rows, to
 * the last bit. Cases, recommended officers and positions are whole numbers (below 2^53 their sums are
 * exact in any order) and are added plainly; hours and officers (FTE) exactly. Capacity is summed as
 * officers x case hours of each row (offices may differ in case hours).
 */
export class TallySum {
  private cases = 0;
  private readonly workloadHours = new ExactSum();
  private readonly capacityHours = new ExactSum();
  private readonly requiredOfficers = new ExactSum();
  private recommendedOfficers = 0;
  private readonly officers = new ExactSum();
  private positionsToFund: number | undefined;

  /** Adds a row's line. */
  add(row: Staffing & { caseHours: number }): void {
    this.cases += row.cases;
    this.workloadHours.add(row.workloadHours);
    this.capacityHours.add(row.officers * row.caseHours);
    this.requiredOfficers.add(row.requiredOfficers);
    this.recommendedOfficers += row.recommendedOfficers;
    this.officers.add(row.officers);
    if (row.positionsToFund !== undefined) this.positionsToFund = (this.positionsToFund ?? 0) + row.positionsToFund;
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

  /** The line of the sums so far: an office's (`office` and its case hours given) or the model's. */
  line(office?: string, caseHours?: number): Staffing & LineHead {
    const workloadHours = this.workloadHours.value();
    const capacityHours = this.capacityHours.value();
    const requiredOfficers = this.requiredOfficers.value();
    const officers = this.officers.value();
    return staffingLine(this.cases, workloadHours, capacityHours, requiredOfficers, this.recommendedOfficers, officers, this.positionsToFund, office, undefined, caseHours);
  }
}
