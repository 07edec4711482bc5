import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';

export interface CoverageRow {
  office: string;
  docket: string;
  caseType: string;
  /** The case type's priority; null when it has none (served after every numbered priority). */
  priority: number | null;
  cases: number;
  /** Share of these cases that get their full weight of hours: 1, a fraction, or 0; null with no cases. */
  coveredShare: number | null;
  /** Hours a year these cases need and do not get. */
  uncoveredHours: number;
}

export interface Coverage {
  rows: CoverageRow[];
}

/**
 * What today's officers can cover when they serve priorities in order. In each office and docket the
 * officers' case hours (officers x caseHours) go to the highest priority first (1 is highest), then
 * the next; case types of equal priority share what is left in proportion to their workload, so they
 * get the same covered share. The report (OIG-17-51, p. 7) found that priorities never reached the
 * officers: this shows which cases go unsupervised at today's staffing.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @example
 * // 2 officers (4,160 h) for criminal cases (priority 1, 2,000 h) and others (priority 2, 2,400 h):
 * coverage(model).rows // => [{ caseType: 'criminal', coveredShare: 1, uncoveredHours: 0, ... },
 * //                          { caseType: 'other', coveredShare: 0.9, uncoveredHours: 240, ... }]
 */
export function coverage(model: ModelLike): Coverage {
  const parsed = parseModel(model);
  const { weights, rows: staffing } = assess(parsed);
  const rows: CoverageRow[] = [];
  // assess gives one row per office and docket, offices in model order.
  for (const row of staffing) {
    const office = parsed.offices.find((candidate) => candidate.id === row.office)!;
    const caseTypes = parsed.caseTypes.filter((caseType) => caseType.docket === row.docket);
    const priorities = [...new Set(caseTypes.map((caseType) => caseType.priority ?? Infinity))].sort((a, b) => a - b);
    // Per case type: the covered share, and the share left uncovered (computed as such, not 1 - covered,
    // so that 6240 h x (1 - 1/3) comes out 4160 and not 4160.000000000001).
    const covered = new Map<string, { share: number; missing: number }>();
    let hoursLeft = row.officers * row.caseHours;
    for (const priority of priorities) {
      const group = caseTypes.filter((caseType) => (caseType.priority ?? Infinity) === priority);
      const workload = group.reduce((sum, caseType) => sum + (office.cases[caseType.id] ?? 0) * weights[caseType.id]!, 0);
      const shares = hoursLeft >= workload ? { share: 1, missing: 0 } : { share: hoursLeft / workload, missing: (workload - hoursLeft) / workload };
      for (const caseType of group) covered.set(caseType.id, shares);
      hoursLeft = Math.max(0, hoursLeft - workload);
    }
    for (const caseType of caseTypes) {
      const cases = office.cases[caseType.id] ?? 0;
      const { share, missing } = covered.get(caseType.id)!;
      rows.push({
        office: office.id,
        docket: row.docket,
        caseType: caseType.id,
        priority: caseType.priority ?? null,
        cases,
        coveredShare: cases === 0 ? null : share,
        uncoveredHours: cases * weights[caseType.id]! * missing,
      });
    }
  }
  return { rows };
}
