import { modelArgument } from '../internal/arguments.js';
import { ExactSum, fsum } from '../internal/fsum.js';
import { docketsOf } from '../model/lookup.js';
import { readModelInPlace } from '../model/parseModel.js';
import type { CaseType, Model, ModelLike } from '../model/types.js';
import { assessModel } from '../workload/assessModel.js';
import { countRows } from '../workload/countRows.js';
import { displayResult } from '../display/displayResult.js';

/** One office, docket and case type: how much of its work the officers on board cover. */
export interface CoverageRow {
  /** The office's id. */
  office: string;
  /** The docket. */
  docket: string;
  /** The case type's id. */
  caseType: string;
  /** The case type's priority; null when it has none (served after every numbered priority). */
  priority: number | null;
  /** Cases of this type in the office. */
  cases: number;
  /** Share of these cases that get their full weight of hours: 1, a fraction, or 0; null with no cases. */
  coveredShare: number | null;
  /** Hours a year these cases need and do not get. */
  uncoveredHours: number;
}

/** The work officers on board cover when they serve case types in priority order. */
export interface Coverage {
  /** One per office, docket and case type. */
  rows: CoverageRow[];
  /** Hours a year needed and not covered, over every row (a correctly rounded sum). */
  uncoveredHours: number;
}

/** A docket's case types in model order, and their positions grouped by priority, highest first. */
function priorityGroups(model: Model): Map<string, { caseTypes: CaseType[]; groups: number[][] }> {
  const byDocket = new Map<string, { caseTypes: CaseType[]; groups: number[][] }>();
  for (const docket of docketsOf(model)) {
    const caseTypes = model.caseTypes.filter((caseType) => caseType.docket === docket);
    const byPriority = new Map<number, number[]>();
    caseTypes.forEach((caseType, k) => {
      const priority = caseType.priority ?? Infinity;
      const group = byPriority.get(priority);
      if (group) group.push(k);
      else byPriority.set(priority, [k]);
    });
    const groups = [...byPriority].sort(([a], [b]) => a - b).map(([, positions]) => positions);
    byDocket.set(docket, { caseTypes, groups });
  }
  return byDocket;
}

/**
 * What today's officers can cover when they serve priorities in order. In each office and docket the
 * officers' case hours (officers x caseHours) go to the highest priority first (1 is highest), then
 * the next; case types of equal priority share what is left in proportion to their workload, so they
 * get the same covered share. The report (OIG-17-51, p. 7) found that priorities never reached the
 * officers: this shows which cases go unsupervised at today's staffing. Linear in offices x case
 * types; workloads and the total are correctly rounded sums.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {TypeError} `coverage: model must be a model object, got undefined`
 * @example
 * // 2 officers (4,160 h) for criminal cases (priority 1, 2,000 h) and others (priority 2, 2,400 h):
 * const model = {
 *   caseTypes: [
 *     { id: 'criminal', docket: 'nd', priority: 1, tasks: [{ name: 'work', time: 1, perYear: 1 }] },
 *     { id: 'other', docket: 'nd', priority: 2, tasks: [{ name: 'work', time: 1, perYear: 1 }] },
 *   ],
 *   offices: [{ id: 'a', officers: { nd: 2 }, cases: { criminal: 2000, other: 2400 } }],
 * };
 * coverage(model).rows // => [{ caseType: 'criminal', coveredShare: 1, uncoveredHours: 0, ... },
 * //                          { caseType: 'other', coveredShare: 0.9, uncoveredHours: 240, ... }]
 */
export function coverage(model: ModelLike): Coverage {
  modelArgument('coverage', model);
  // Nothing returned holds the model: an input's counts are read in place, not copied and frozen.
  const parsed = readModelInPlace(model);
  const { weights, rows: staffing } = assessModel(parsed);
  const groupsOf = priorityGroups(parsed);
  const position = new Map(parsed.caseTypes.map((caseType, i) => [caseType.id, i]));
  // The counts as assess read them (a model read in place: as they were checked, read once).
  const { counts, row: countsOf } = countRows(parsed);
  const rows: CoverageRow[] = [];
  const uncoveredTotal = new ExactSum();
  const dockets = docketsOf(parsed).length;
  parsed.offices.forEach((office, o) => {
    const at = countsOf(o);
    // assess gives one row per office and docket, offices in model order.
    for (const row of staffing.slice(o * dockets, (o + 1) * dockets)) {
      const { caseTypes, groups } = groupsOf.get(row.docket)!;
      const cases = caseTypes.map((caseType) => counts[at + position.get(caseType.id)!]!);
      const workloads = caseTypes.map((caseType, k) => cases[k]! * weights[caseType.id]!);
      // Per case type: the covered share, and the share left uncovered (computed as such, not 1 - covered,
      // so that 6240 h x (1 - 1/3) comes out 4160 and not 4160.000000000001).
      const covered = caseTypes.map(() => ({ share: 1, missing: 0 }));
      let hoursLeft = row.officers * row.caseHours;
      for (const group of groups) {
        const workload = fsum(group.map((k) => workloads[k]!));
        const shares = hoursLeft >= workload ? { share: 1, missing: 0 } : { share: hoursLeft / workload, missing: (workload - hoursLeft) / workload };
        for (const k of group) covered[k] = shares;
        hoursLeft = Math.max(0, hoursLeft - workload);
      }
      caseTypes.forEach((caseType, k) => {
        const uncoveredHours = workloads[k]! * covered[k]!.missing;
        uncoveredTotal.add(uncoveredHours);
        rows.push({
          office: office.id,
          docket: row.docket,
          caseType: caseType.id,
          priority: caseType.priority ?? null,
          cases: cases[k]!,
          coveredShare: cases[k] === 0 ? null : covered[k]!.share,
          uncoveredHours,
        });
      });
    }
  });
  return displayResult('Coverage by priority', { rows, uncoveredHours: uncoveredTotal.value() });
}
