import { parseModel } from '../model/parseModel.js';
import type { Range } from '../model/range.js';
import type { ModelLike } from '../model/types.js';
import { planEvaluator } from './planEvaluator.js';
import type { UncertainInput } from './uncertainInputs.js';
import { workloadPlan } from './workloadPlan.js';
import { displayResult } from '../display/displayResult.js';

/** One uncertain input's effect on the total: a bar of a tornado chart. */
export interface SensitivityRow {
  /** Where the input is: `caseTypes[0].tasks[1].time`. */
  path: string;
  /** The task's or duty's name. */
  name: string;
  /** The input's range. */
  range: Range;
  /** The unit of the range's bounds: hour or workday for a time, times a year for perYear. */
  unit: UncertainInput['unit'];
  /** The total required officers with this input at its low, every other at its mean. */
  requiredAtLow: number;
  /** The same with this input at its high. */
  requiredAtHigh: number;
  /** |requiredAtHigh - requiredAtLow|. */
  swing: number;
}

/** One-at-a-time sensitivity of the total required officers to each ranged input: a tornado chart's data. */
export interface Sensitivity {
  /** The total required officers with every input at its mean (assess's total.requiredOfficers). */
  requiredOfficers: number;
  /** One per uncertain input, the largest swing first (ties in model order). */
  rows: SensitivityRow[];
}

/**
 * One-at-a-time sensitivity: for each ranged input, the model's total required officers
 * (sum over rows of workloadHours / caseHours) with that input at its low and at its high and every
 * other input at its mean, and the swing between the two. Sorted by swing, largest first: the data
 * of a tornado chart, and the order in which measuring the estimates narrows the answer most.
 *
 * @throws {ModelError} when `model` does not parse, or an office has no case hours with every duty range at its high
 * @example
 * const model = { // check-ins 4 times a year, 10 to 45 minutes; 2,080 case hours an officer
 *   caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'check-in', time: { low: '10 min', mode: '20 min', high: '45 min' }, perYear: 4 }] }],
 *   offices: [{ id: 'a', officers: { nd: 10 }, cases: { nd: 10000 } }],
 * };
 * // At its low: 10,000 cases x 10 min x 4 / 2,080 h = 3.21 officers; at its high (45 min), 14.42.
 * sensitivity(model).rows[0] // => { path: 'caseTypes[0].tasks[0].time', name: 'check-in', requiredAtLow: 3.21, requiredAtHigh: 14.42, swing: 11.22, ... }
 */
export function sensitivity(model: ModelLike): Sensitivity {
  const plan = workloadPlan(parseModel(model));
  const evaluate = planEvaluator(plan);
  const required = new Float64Array(plan.rowOfficers.length);
  const values = plan.means.slice();
  const total = () => {
    evaluate(values, 1, 1, required, 1, 0);
    return required.reduce((sum, officers) => sum + officers, 0);
  };
  const rows = plan.inputs.map((input, k): SensitivityRow => {
    values[k] = plan.lows[k]!;
    const requiredAtLow = total();
    values[k] = plan.highs[k]!;
    const requiredAtHigh = total();
    values[k] = plan.means[k]!;
    const { path, name, range, unit } = input;
    return { path, name, range, unit, requiredAtLow, requiredAtHigh, swing: Math.abs(requiredAtHigh - requiredAtLow) };
  });
  return displayResult('Sensitivity', { requiredOfficers: total(), rows: rows.sort((a, b) => b.swing - a.swing) });
}
