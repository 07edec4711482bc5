import { roundUp } from '../workload/roundUp.js';
import { copyBlock } from './copyBlock.js';
import { IntegerCounts } from './integerCounts.js';
import { planEvaluator } from './planEvaluator.js';
import type { UnitSampler } from './sampler.js';
import type { SimulationSettings } from './simulationSettings.js';
import type { WorkloadPlan } from './workloadPlan.js';

/**
 * The draws of a simulation: `rows` holds row r's required officers in each draw at [r x n, (r + 1) x n).
 * A group's required officers (an office's, the total's) are the sums of its rows', added up when
 * asked for (see groupSeries), so that memory holds one series per row only.
 */
export interface Draws {
  rows: Float64Array;
  /** Draws in which a row's officers on board suffice; a group's, in which every one of its rows' do. */
  rowsStaffed: Float64Array;
  groupsStaffed: Float64Array;
  /** Per group, its whole officers in each draw (its rows' required officers rounded up, added), counted. */
  whole: IntegerCounts[];
  /** With a vacancy rate: per group, its positions in each draw (each row's required / (1 - rate) rounded up, added), counted. */
  positions?: IntegerCounts[];
}

/** Officers suffice when they are at least the officers required, float noise aside (as in roundUp). */
const suffices = (officers: number, required: number) => required - officers <= 1e-9 * Math.max(1, required);

/** Iterations drawn together, and kept together before they are copied out series by series. */
const BLOCK = 64;

/**
 * Draws `count` iterations' inputs into `out` (iteration j's input k at j x inputs + k), in iteration
 * order and input order: low + width x draw() each. A loop of its own, so that the engine compiles the
 * samplers' code apart from the arithmetic of the plan.
 */
function drawInputs(draw: readonly (() => number)[], lows: Float64Array, widths: Float64Array, out: Float64Array, count: number): void {
  const inputs = draw.length;
  for (let j = 0, at = 0; j < count; j++) {
    for (let k = 0; k < inputs; k++, at++) out[at] = lows[k]! + widths[k]! * draw[k]!();
  }
}

/**
 * Runs the iterations: each draws every uncertain input once, in input order, from `samplers` (one
 * stream, so the same seed gives the same draws), and evaluates the plan with them. An iteration's
 * rows' required officers go to a block of iterations that is then copied out series by series, so that
 * writing here and reading a series later both run through memory in order; whole officers and
 * positions are counted. Nothing is allocated per iteration.
 */
export function drawSeries(plan: WorkloadPlan, samplers: readonly UnitSampler[], settings: SimulationSettings): Draws {
  const { iterations: n, vacancyRate, onProgress } = settings;
  const { rowOfficers, dockets, offices } = plan;
  const width = rowOfficers.length;
  const groups = offices + 1;
  const evaluate = planEvaluator(plan);
  const draw = samplers.map((sampler) => sampler.draw);
  const lows = Float64Array.from(samplers, (sampler) => sampler.low);
  const widths = Float64Array.from(samplers, (sampler) => sampler.width);
  const series = new Float64Array(width * n);
  const block = new Float64Array(width * BLOCK);
  const required = new Float64Array(rowOfficers.length);
  const rowsStaffed = new Float64Array(rowOfficers.length);
  const groupsStaffed = new Float64Array(groups);
  const whole = Array.from({ length: groups }, () => new IntegerCounts());
  const positions = vacancyRate === undefined ? undefined : Array.from({ length: groups }, () => new IntegerCounts());
  const inputs = samplers.length;
  const drawn = new Float64Array(inputs * BLOCK);
  const values = plan.means.slice();
  const filled = 1 - (vacancyRate ?? 0);
  let reported = Date.now();
  for (let i = 0; i < n; i++) {
    if (i % BLOCK === 0) drawInputs(draw, lows, widths, drawn, Math.min(BLOCK, n - i));
    for (let k = 0, from = (i % BLOCK) * inputs; k < inputs; k++) values[k] = drawn[from + k]!;
    evaluate(values, required);
    const at = (i % BLOCK) * width;
    let allStaffed = 1;
    let totalWhole = 0;
    let totalPositions = 0;
    for (let office = 0; office < offices; office++) {
      let officeWhole = 0;
      let officePositions = 0;
      let staffed = 1;
      for (let r = office * dockets; r < (office + 1) * dockets; r++) {
        const x = required[r]!;
        block[at + r] = x;
        officeWhole += roundUp(x);
        if (positions) officePositions += roundUp(x / filled);
        if (suffices(rowOfficers[r]!, x)) rowsStaffed[r]!++;
        else staffed = 0;
      }
      whole[office]!.add(officeWhole);
      positions?.[office]!.add(officePositions);
      totalWhole += officeWhole;
      totalPositions += officePositions;
      groupsStaffed[office]! += staffed;
      allStaffed &= staffed;
    }
    whole[offices]!.add(totalWhole);
    positions?.[offices]!.add(totalPositions);
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
  return { rows: series, rowsStaffed, groupsStaffed, whole, ...(positions ? { positions } : {}) };
}
