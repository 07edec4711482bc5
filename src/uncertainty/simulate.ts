import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { drawSeries } from './drawSeries.js';
import { groupSeries } from './groupSeries.js';
import { unitSampler } from './sampler.js';
import { seededSource } from '../internal/seededSource.js';
import { simulationSettings, type SimulateOptions } from './simulationSettings.js';
import { staffingDistribution, type SimulatedStaffing } from './staffingDistribution.js';
import { workloadPlan } from './workloadPlan.js';
import { displayResult } from '../display/displayResult.js';

/** Beside the simulated figures: the officers on board and the recommendation at the means (assess's). */
export interface SimulatedRow extends SimulatedStaffing {
  officers: number;
  recommendedOfficers: number;
}

export interface Simulation {
  name?: string;
  iterations: number;
  seed: number;
  confidence: number[];
  /** The paths of the inputs drawn, in draw order: `caseTypes[0].tasks[1].time`. */
  uncertainInputs: string[];
  /** One per office and docket, in assess's order. */
  rows: (SimulatedRow & { office: string; docket: string })[];
  offices: (SimulatedRow & { office: string })[];
  total: SimulatedRow;
}

/**
 * Monte Carlo over the model's ranged inputs. Each iteration draws every uncertain input once, shared
 * by every office (a national task time is the same everywhere, so offices move together and national
 * totals are not falsely tight), and computes each row's required officers, workloadHours / caseHours.
 * Offices and the total add up their rows, counting whole officers per docket as recommendedOfficers
 * does. The generator is MT19937 (pure-rand) and Beta draws are d3-random's; see docs/uncertainty.md.
 *
 * @throws {ModelError} when `model` does not parse, or an office has no case hours with every duty range at its high
 * @throws {RangeError} as for the options: `seed is required: ...`, `iterations must be a whole number >= 2, got 0`, ...
 * @example
 * const result = simulate(model, { seed: 1 });
 * result.total.officersForConfidence['0.9'] // => the fewest officers that suffice in 90% of 10,000 draws
 */
export function simulate(model: ModelLike, options: SimulateOptions): Simulation {
  const settings = simulationSettings(options);
  const parsed = parseModel(model);
  const plan = workloadPlan(parsed);
  const source = seededSource(settings.seed);
  const draws = drawSeries(plan, plan.inputs.map((input) => unitSampler(input.range, source)), settings);
  const { iterations: n, confidence, vacancyRate } = settings;
  const assessment = assess(parsed);
  const { rows, rowsStaffed, groupsStaffed, whole, positions } = draws;
  // Offices and the total first: their series are added up from the rows', which the rows' own
  // summaries then reorder.
  const groups: SimulatedStaffing[] = [];
  groupSeries(rows, n, plan.offices, plan.dockets, (g, required) => {
    groups[g] = staffingDistribution({ required, whole: whole[g], positions: positions?.[g], staffed: groupsStaffed[g]! }, confidence, vacancyRate);
  });
  const group = (g: number) => groups[g]!;
  return displayResult('Simulation', {
    ...(parsed.name === undefined ? {} : { name: parsed.name }),
    iterations: n, seed: settings.seed, confidence, uncertainInputs: plan.inputs.map((input) => input.path),
    rows: assessment.rows.map((row, r) => ({
      office: row.office, docket: row.docket, officers: row.officers, recommendedOfficers: row.recommendedOfficers,
      ...staffingDistribution({ required: rows.subarray(r * n, (r + 1) * n), staffed: rowsStaffed[r]! }, confidence, vacancyRate),
    })),
    offices: assessment.offices.map((office, o) => ({
      office: office.office, officers: office.officers, recommendedOfficers: office.recommendedOfficers, ...group(o),
    })),
    total: { officers: assessment.total.officers, recommendedOfficers: assessment.total.recommendedOfficers, ...group(assessment.offices.length) },
  });
}
