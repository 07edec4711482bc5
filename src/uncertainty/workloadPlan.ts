import { fsum } from '../internal/fsum.js';
import { rangeMean } from '../model/range.js';
import type { Activity, Model } from '../model/types.js';
import { activityTerm, type Term } from './activityTerm.js';
import { planCaseHours, type CaseHoursPlan } from './planCaseHours.js';
import { planRows, type PlanRows } from './planRows.js';
import { uncertainInputs, type UncertainInput } from './uncertainInputs.js';

/**
 * The weighted-caseload arithmetic of a model as flat arrays, for evaluating it many times with
 * different values of its uncertain inputs (see planEvaluator), and its rows (see planRows).
 */
export interface WorkloadPlan extends PlanRows {
  inputs: UncertainInput[];
  /** Each input's mean, then 1 (the slot fixed factors point at). Low and high likewise. */
  means: Float64Array;
  lows: Float64Array;
  highs: Float64Array;
  /** Per case type, the hours a year of its fixed tasks; `tasks` adds the ranged ones. */
  weightBase: Float64Array;
  tasks: (Term & { caseType: number })[];
  caseHours: CaseHoursPlan;
  offices: number;
}

/** Builds the plan of a parsed model. @throws {ModelError} as `planCaseHours` */
export function workloadPlan(model: Model): WorkloadPlan {
  const inputs = uncertainInputs(model);
  const one = inputs.length;
  const indexes = new Map<Activity, { time?: number; perYear?: number }>();
  inputs.forEach((input, k) => indexes.set(input.activity, { ...indexes.get(input.activity), [input.field]: k }));
  const slots = (bound: (input: UncertainInput) => number) => Float64Array.from([...inputs.map(bound), 1]);
  const highs = slots((input) => input.range.high);

  const tasks: WorkloadPlan['tasks'] = [];
  const weightBase = Float64Array.from(model.caseTypes, (caseType, j) => {
    const terms = caseType.tasks.map((task) => activityTerm(task, model.officerYear, indexes, one));
    terms.filter((term) => term.a !== one || term.b !== one).forEach((term) => tasks.push({ ...term, caseType: j }));
    const fixed = terms.filter((term) => term.a === one && term.b === one).map((term) => term.coef);
    return fixed.length === 0 ? 0 : fsum(fixed);
  });
  return {
    inputs, means: slots((input) => rangeMean(input.range)), lows: slots((input) => input.range.low), highs,
    weightBase, tasks, caseHours: planCaseHours(model, indexes, highs), offices: model.offices.length, ...planRows(model),
  };
}
