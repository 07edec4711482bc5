import type { WorkloadPlan } from './workloadPlan.js';

/**
 * A function that evaluates a plan at one set of input values (one per uncertain input, then 1; see
 * WorkloadPlan.means) and writes each row's required officers, workloadHours / caseHours, into
 * `required`. Typed arrays throughout and nothing allocated per call: it runs once per iteration.
 */
export function planEvaluator(plan: WorkloadPlan): (values: Float64Array, required: Float64Array) => void {
  const { weightBase, rowStart, cellCaseType, cellCount, dockets } = plan;
  const taskCaseType = Int32Array.from(plan.tasks, (term) => term.caseType);
  const taskCoef = Float64Array.from(plan.tasks, (term) => term.coef);
  const taskA = Int32Array.from(plan.tasks, (term) => term.a);
  const taskB = Int32Array.from(plan.tasks, (term) => term.b);
  const caseHoursBase = plan.caseHours.base;
  const dutyOffice = Int32Array.from(plan.caseHours.terms, (term) => term.office);
  const dutyCoef = Float64Array.from(plan.caseHours.terms, (term) => term.coef);
  const dutyA = Int32Array.from(plan.caseHours.terms, (term) => term.a);
  const dutyB = Int32Array.from(plan.caseHours.terms, (term) => term.b);
  const weights = new Float64Array(weightBase.length);
  const caseHours = new Float64Array(caseHoursBase.length);
  const rows = rowStart.length - 1;
  const rowOffice = Int32Array.from({ length: rows }, (_, r) => Math.floor(r / dockets));

  return (values, required) => {
    weights.set(weightBase);
    for (let t = 0; t < taskCoef.length; t++) weights[taskCaseType[t]!]! += taskCoef[t]! * values[taskA[t]!]! * values[taskB[t]!]!;
    caseHours.set(caseHoursBase);
    for (let d = 0; d < dutyCoef.length; d++) caseHours[dutyOffice[d]!]! -= dutyCoef[d]! * values[dutyA[d]!]! * values[dutyB[d]!]!;
    for (let r = 0; r < rows; r++) {
      let hours = 0;
      for (let c = rowStart[r]!; c < rowStart[r + 1]!; c++) hours += cellCount[c]! * weights[cellCaseType[c]!]!;
      required[r] = hours / caseHours[rowOffice[r]!]!;
    }
  };
}
