import { roundUp } from '../workload/roundUp.js';
import { copyBlock } from './copyBlock.js';
import { planEvaluator } from './planEvaluator.js';
import { seriesLayout, type SeriesLayout } from './seriesLayout.js';
import type { SimulationSettings } from './simulationSettings.js';
import type { WorkloadPlan } from './workloadPlan.js';

/** The draws of a simulation: `series` holds series s (see SeriesLayout) at [s x n, (s + 1) x n). */
export interface Draws {
  layout: SeriesLayout;
  series: Float64Array;
  /** Draws in which a row's officers on board suffice; a group's, in which every one of its rows' do. */
  rowsStaffed: Float64Array;
  groupsStaffed: Float64Array;
}

/** Officers suffice when they are at least the officers required, float noise aside (as in roundUp). */
const suffices = (officers: number, required: number) => required - officers <= 1e-9 * Math.max(1, required);

/** Iterations kept together, then copied out series by series. */
const BLOCK = 64;

/**
 * Runs the iterations: each draws every uncertain input once, in input order, from `samplers` (one
 * stream, so the same seed gives the same draws), and evaluates the plan with them. An iteration's
 * figures go to a block of iterations that is then copied out series by series, so that writing
 * here and reading a series later both run through memory in order. Nothing is allocated per iteration.
 */
export function drawSeries(plan: WorkloadPlan, samplers: readonly (() => number)[], settings: SimulationSettings): Draws {
  const { iterations: n, vacancyRate, onProgress } = settings;
  const { rowOfficers, dockets, offices } = plan;
  const layout = seriesLayout(rowOfficers.length, offices, vacancyRate !== undefined);
  const { width, groups, required: requiredAt, whole: wholeAt, positions: positionsAt } = layout;
  const evaluate = planEvaluator(plan);
  const series = new Float64Array(width * n);
  const block = new Float64Array(width * BLOCK);
  const required = new Float64Array(rowOfficers.length);
  const rowsStaffed = new Float64Array(rowOfficers.length);
  const groupsStaffed = new Float64Array(groups);
  const values = plan.means.slice();
  const filled = 1 - (vacancyRate ?? 0);
  let reported = Date.now();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < samplers.length; k++) values[k] = samplers[k]!();
    evaluate(values, required);
    const at = (i % BLOCK) * width;
    let allStaffed = 1;
    let totalRequired = 0;
    let totalWhole = 0;
    let totalPositions = 0;
    for (let office = 0; office < offices; office++) {
      let sum = 0;
      let whole = 0;
      let positions = 0;
      let staffed = 1;
      for (let r = office * dockets; r < (office + 1) * dockets; r++) {
        const x = required[r]!;
        block[at + r] = x;
        sum += x;
        whole += roundUp(x);
        if (positionsAt >= 0) positions += roundUp(x / filled);
        if (suffices(rowOfficers[r]!, x)) rowsStaffed[r]!++;
        else staffed = 0;
      }
      block[at + requiredAt + office] = sum;
      block[at + wholeAt + office] = whole;
      if (positionsAt >= 0) block[at + positionsAt + office] = positions;
      totalRequired += sum;
      totalWhole += whole;
      totalPositions += positions;
      groupsStaffed[office]! += staffed;
      allStaffed &= staffed;
    }
    block[at + requiredAt + offices] = totalRequired;
    block[at + wholeAt + offices] = totalWhole;
    if (positionsAt >= 0) block[at + positionsAt + offices] = totalPositions;
    groupsStaffed[offices]! += allStaffed;
    if (i % BLOCK === BLOCK - 1 || i === n - 1) {
      copyBlock(block, series, width, n, i - (i % BLOCK), (i % BLOCK) + 1);
    }
    if (onProgress && (i & 1023) === 1023 && Date.now() - reported >= 250) {
      onProgress(i + 1, n);
      reported = Date.now();
    }
  }
  onProgress?.(n, n);
  return { layout, series, rowsStaffed, groupsStaffed };
}
