import { roundUp } from '../workload/roundUp.js';
import { planEvaluator } from './planEvaluator.js';
import type { SimulationSettings } from './simulationSettings.js';
import type { WorkloadPlan } from './workloadPlan.js';

/**
 * The draws of a simulation. Groups are the offices, then the total. Series g of a kind holds its
 * n draws at [g x n, (g + 1) x n).
 */
export interface Draws {
  /** Each row's required officers. */
  rows: Float64Array;
  /** Each group's required officers: the sum of its rows'. */
  groups: Float64Array;
  /** Each group's whole officers: the sum of its rows' required officers rounded up, as recommendedOfficers. */
  groupsWhole: Float64Array;
  /** With a vacancy rate: each group's positions, the sum of its rows' required / (1 - vacancyRate) rounded up. */
  groupsPositions?: Float64Array;
  /** Draws in which a row's officers on board suffice; a group's, in which every one of its rows' do. */
  rowsStaffed: Float64Array;
  groupsStaffed: Float64Array;
}

/** Officers suffice when they are at least the officers required, float noise aside (as in roundUp). */
const suffices = (officers: number, required: number) => required - officers <= 1e-9 * Math.max(1, required);

/**
 * Runs the iterations: each draws every uncertain input once, in input order, from `samplers` (one
 * stream, so the same seed gives the same draws), and evaluates the plan with them.
 */
export function drawSeries(plan: WorkloadPlan, samplers: readonly (() => number)[], settings: SimulationSettings): Draws {
  const { iterations: n, vacancyRate, onProgress } = settings;
  const evaluate = planEvaluator(plan);
  const rowCount = plan.rowOfficers.length;
  const groupCount = plan.offices + 1;
  const total = groupCount - 1;
  const draws: Draws = {
    rows: new Float64Array(rowCount * n), groups: new Float64Array(groupCount * n), groupsWhole: new Float64Array(groupCount * n),
    ...(vacancyRate === undefined ? {} : { groupsPositions: new Float64Array(groupCount * n) }),
    rowsStaffed: new Float64Array(rowCount), groupsStaffed: new Float64Array(groupCount),
  };
  const values = plan.means.slice();
  const required = new Float64Array(rowCount);
  const filled = 1 - (vacancyRate ?? 0);
  let reported = Date.now();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < samplers.length; k++) values[k] = samplers[k]!();
    evaluate(values, required);
    let allStaffed = 1;
    for (let office = 0; office < total; office++) {
      let sum = 0, whole = 0, positions = 0, staffed = 1;
      for (let r = office * plan.dockets; r < (office + 1) * plan.dockets; r++) {
        const x = required[r]!;
        draws.rows[r * n + i] = x;
        sum += x;
        whole += roundUp(x);
        if (draws.groupsPositions) positions += roundUp(x / filled);
        if (suffices(plan.rowOfficers[r]!, x)) draws.rowsStaffed[r]!++;
        else staffed = 0;
      }
      const at = office * n + i;
      const totalAt = total * n + i;
      draws.groups[at] = sum;
      draws.groupsWhole[at] = whole;
      draws.groups[totalAt]! += sum;
      draws.groupsWhole[totalAt]! += whole;
      if (draws.groupsPositions) {
        draws.groupsPositions[at] = positions;
        draws.groupsPositions[totalAt]! += positions;
      }
      draws.groupsStaffed[office]! += staffed;
      allStaffed &= staffed;
    }
    draws.groupsStaffed[total]! += allStaffed;
    if (onProgress && (i & 1023) === 1023 && Date.now() - reported >= 250) {
      onProgress(i + 1, n);
      reported = Date.now();
    }
  }
  onProgress?.(n, n);
  return draws;
}
