import { roundUp } from '../workload/roundUp.js';
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

/** Iterations drawn and evaluated together: each loop of the plan's arithmetic runs over a block. */
const BLOCK = 64;

/**
 * Draws `count` iterations' inputs into `out` (iteration j's input k at k x BLOCK + j), in iteration
 * order and input order: low + width x draw() each. A loop of its own, so that the engine compiles the
 * samplers' code apart from the arithmetic of the plan.
 */
function drawInputs(draw: readonly (() => number)[], lows: Float64Array, widths: Float64Array, out: Float64Array, count: number): void {
  const inputs = draw.length;
  for (let j = 0; j < count; j++) {
    for (let k = 0; k < inputs; k++) out[k * BLOCK + j] = lows[k]! + widths[k]! * draw[k]!();
  }
}

/**
 * Runs the iterations, a block at a time: each iteration draws every uncertain input once, in input
 * order, from `samplers` (one stream, so the same seed gives the same draws); the plan is evaluated for
 * the block, its rows' required officers written straight into their series; then the block's whole
 * officers and positions are counted and its staffed draws tallied, office by office. Nothing is
 * allocated per iteration or per block.
 */
export function drawSeries(plan: WorkloadPlan, samplers: readonly UnitSampler[], settings: SimulationSettings): Draws {
  const { iterations: n, vacancyRate, onProgress } = settings;
  const { rowOfficers, dockets, offices } = plan;
  const width = rowOfficers.length;
  const groups = offices + 1;
  const evaluate = planEvaluator(plan, BLOCK);
  const draw = samplers.map((sampler) => sampler.draw);
  const lows = Float64Array.from(samplers, (sampler) => sampler.low);
  const widths = Float64Array.from(samplers, (sampler) => sampler.width);
  const series = new Float64Array(width * n);
  const rowsStaffed = new Float64Array(width);
  const groupsStaffed = new Float64Array(groups);
  const whole = Array.from({ length: groups }, () => new IntegerCounts());
  const positions = vacancyRate === undefined ? undefined : Array.from({ length: groups }, () => new IntegerCounts());
  const inputs = samplers.length;
  // The inputs of a block, input by input, then the slot of the number 1 that fixed factors point at.
  const drawn = new Float64Array((inputs + 1) * BLOCK).fill(1, inputs * BLOCK);
  // Per iteration of the block: the office's whole officers, positions and whether it is staffed; the total's.
  const [officeWhole, officePositions, officeStaffed] = [new Float64Array(BLOCK), new Float64Array(BLOCK), new Uint8Array(BLOCK)];
  const [totalWhole, totalPositions, allStaffed] = [new Float64Array(BLOCK), new Float64Array(BLOCK), new Uint8Array(BLOCK)];
  const filled = 1 - (vacancyRate ?? 0);
  let reported = Date.now();
  for (let first = 0; first < n; first += BLOCK) {
    const count = Math.min(BLOCK, n - first);
    drawInputs(draw, lows, widths, drawn, count);
    evaluate(drawn, BLOCK, count, series, n, first);
    totalWhole.fill(0);
    totalPositions.fill(0);
    allStaffed.fill(1);
    for (let office = 0; office < offices; office++) {
      officeWhole.fill(0);
      officePositions.fill(0);
      officeStaffed.fill(1);
      for (let r = office * dockets; r < (office + 1) * dockets; r++) {
        const officers = rowOfficers[r]!;
        for (let j = 0, at = r * n + first; j < count; j++, at++) {
          const x = series[at]!;
          officeWhole[j]! += roundUp(x);
          if (positions) officePositions[j]! += roundUp(x / filled);
          if (suffices(officers, x)) rowsStaffed[r]!++;
          else officeStaffed[j] = 0;
        }
      }
      for (let j = 0; j < count; j++) {
        whole[office]!.add(officeWhole[j]!);
        positions?.[office]!.add(officePositions[j]!);
        totalWhole[j]! += officeWhole[j]!;
        totalPositions[j]! += officePositions[j]!;
        groupsStaffed[office]! += officeStaffed[j]!;
        allStaffed[j]! &= officeStaffed[j]!;
      }
    }
    for (let j = 0; j < count; j++) {
      whole[offices]!.add(totalWhole[j]!);
      positions?.[offices]!.add(totalPositions[j]!);
      groupsStaffed[offices]! += allStaffed[j]!;
    }
    // Every 16 blocks (1,024 iterations), at most 4 times a second.
    if (onProgress && (first / BLOCK) % 16 === 15 && Date.now() - reported >= 250) {
      onProgress(first + count, n);
      reported = Date.now();
    }
  }
  onProgress?.(n, n);
  return { rows: series, rowsStaffed, groupsStaffed, whole, ...(positions ? { positions } : {}) };
}
