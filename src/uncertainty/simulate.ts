import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { drawSeries } from './drawSeries.js';
import { groupSeries } from './groupSeries.js';
import { unitSampler } from './sampler.js';
import { seededSource } from '../internal/seededSource.js';
import { checkKeptDraws, simulationSettings, type SimulateOptions } from './simulationSettings.js';
import { staffingDistribution, type SimulatedStaffing } from './staffingDistribution.js';
import { workloadPlan } from './workloadPlan.js';
import { displayResult } from '../display/displayResult.js';

/** Beside the simulated figures: the officers on board and the recommendation at the means (assess's). */
export interface SimulatedRow extends SimulatedStaffing {
  /** Officers on board. */
  officers: number;
  /** The recommendation at the means (`assess`'s). */
  recommendedOfficers: number;
}

/** What `simulate` gives: per office and docket, per office and in all, the distribution of required officers over the draws. */
export interface Simulation {
  /** The model's name. */
  name?: string;
  /** Draws made. */
  iterations: number;
  /** The seed of the draws: the same seed gives the same result. */
  seed: number;
  /** The confidence levels of `officersForConfidence`. */
  confidence: number[];
  /** The paths of the inputs drawn, in draw order: `caseTypes[0].tasks[1].time`. */
  uncertainInputs: string[];
  /** One per office and docket, in assess's order. */
  rows: (SimulatedRow & {
    /** The office's id. */
    office: string;
    /** The docket. */
    docket: string;
  })[];
  /** One per office. */
  offices: (SimulatedRow & {
    /** The office's id. */
    office: string;
  })[];
  /** The whole model. */
  total: SimulatedRow;
}

/**
 * Monte Carlo over the model's ranged inputs. Each iteration draws every uncertain input once, shared
 * by every office (a national task time is the same everywhere, so offices move together and national
 * totals are not falsely tight), and computes each row's required officers, workloadHours / caseHours.
 * Offices and the total add up their rows, counting whole officers per docket as recommendedOfficers
 * does. The generator is MT19937 (pure-rand); PERT draws are Beta draws by Cheng's algorithm BB (betaSampler); see docs/uncertainty.md.
 *
 * @throws {ModelError} when `model` does not parse, or an office has no case hours with every duty range at its high
 * @throws {RangeError} as for the options: `seed is required: ...`, `iterations must be a whole number from 2 to 10000000 (...), got 0`, ...;
 *   and `iterations must be at most 9586980 for this model, got 10000000 (it keeps every draw: 14 office x docket rows x iterations x 8 bytes, at most 1 GiB)`
 * @example
 * const model = { // check-ins 4 times a year, 10 to 45 minutes; 2,080 case hours an officer
 *   caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'check-in', time: { low: '10 min', mode: '20 min', high: '45 min' }, perYear: 4 }] }],
 *   offices: [{ id: 'a', officers: { nd: 10 }, cases: { nd: 10000 } }],
 * };
 * const result = simulate(model, { seed: 1 });
 * result.total.requiredOfficers.mean // => 7.21 (the PERT mean, 22.5 minutes, gives 7.21)
 * result.total.recommendedOfficers // => 8 (at the means)
 * result.total.officersForConfidence['0.9'] // => 11 (the fewest that suffice in 90% of the 10,000 draws)
 */
export function simulate(model: ModelLike, options: SimulateOptions): Simulation {
  const settings = simulationSettings(options);
  const parsed = parseModel(model);
  const plan = workloadPlan(parsed);
  checkKeptDraws(plan.rowOfficers.length, settings.iterations);
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
