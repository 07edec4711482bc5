import type { WorkloadPlan } from './workloadPlan.js';

/**
 * Evaluates a plan for `count` iterations at once (count <= the evaluator's block): input k's value
 * in iteration j is values[k x stride + j], for every input and then the slot of the number 1 (see
 * WorkloadPlan.means); row r's required officers in iteration j, workloadHours / caseHours, go to
 * out[r x n + first + j]. With stride, count and n 1 and first 0 it evaluates one set of values into
 * out[r].
 */
export type PlanEvaluator = (values: Float64Array, stride: number, count: number, out: Float64Array, n: number, first: number) => void;

/**
 * A PlanEvaluator for blocks of up to `block` iterations. Each loop runs over the iterations of the
 * block, through memory in order, so that the engine compiles it to a tight loop; every iteration's
 * figures are added in the same order as for one iteration alone, so they are the same to the bit.
 * Typed arrays throughout and nothing allocated per call.
 */
export function planEvaluator(plan: WorkloadPlan, block = 1): PlanEvaluator {
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
  const rows = rowStart.length - 1;
  // Per case type (per office), its hours a year per case (its officers' case hours) in each iteration.
  const weights = new Float64Array(weightBase.length * block);
  const caseHours = new Float64Array(caseHoursBase.length * block);
  const hours = new Float64Array(block);

  return (values, stride, count, out, n, first) => {
    for (let c = 0; c < weightBase.length; c++) weights.fill(weightBase[c]!, c * block, c * block + count);
    for (let t = 0; t < taskCoef.length; t++) {
      const to = taskCaseType[t]! * block;
      const coef = taskCoef[t]!;
      const a = taskA[t]! * stride;
      const b = taskB[t]! * stride;
      for (let j = 0; j < count; j++) weights[to + j]! += coef * values[a + j]! * values[b + j]!;
    }
    for (let o = 0; o < caseHoursBase.length; o++) caseHours.fill(caseHoursBase[o]!, o * block, o * block + count);
    for (let d = 0; d < dutyCoef.length; d++) {
      const to = dutyOffice[d]! * block;
      const coef = dutyCoef[d]!;
      const a = dutyA[d]! * stride;
      const b = dutyB[d]! * stride;
      for (let j = 0; j < count; j++) caseHours[to + j]! -= coef * values[a + j]! * values[b + j]!;
    }
    for (let r = 0; r < rows; r++) {
      hours.fill(0, 0, count);
      for (let c = rowStart[r]!; c < rowStart[r + 1]!; c++) {
        const cases = cellCount[c]!;
        const from = cellCaseType[c]! * block;
        for (let j = 0; j < count; j++) hours[j]! += cases * weights[from + j]!;
      }
      const office = Math.floor(r / dockets) * block;
      const to = r * n + first;
      for (let j = 0; j < count; j++) out[to + j] = hours[j]! / caseHours[office + j]!;
    }
  };
}
