// assess() on a national-size model (24 offices x 2 dockets x 10 case types x 6 tasks), against a
// baseline in the same run: a plain loop that computes the same workload and required officers.
import { assess, parseModel } from '../dist/index.js';

function nationalModel() {
  const caseTypes = Array.from({ length: 10 }, (_, i) => ({
    id: `c${i}`,
    docket: i < 7 ? 'non-detained' : 'detained',
    tasks: Array.from({ length: 6 }, (_, j) => ({ name: `t${j}`, time: 0.25 + j / 10, perYear: 1 + ((i + j) % 5), share: 0.5 })),
  }));
  const offices = Array.from({ length: 24 }, (_, k) => ({
    id: `office-${k}`,
    officers: { 'non-detained': 20 + k, detained: 10 + (k % 7) },
    cases: Object.fromEntries(caseTypes.map((c, i) => [c.id, 1000 * (k + 1) + i * 37])),
  }));
  return { officerYear: { leave: 200, training: 40, adminShare: 0.1 }, caseTypes, offices };
}

function baseline(input) {
  const caseHours = (2080 - 200 - 40) * 0.9;
  const weights = new Map(input.caseTypes.map((c) => [c.id, c.tasks.reduce((s, t) => s + t.time * t.perYear * t.share, 0)]));
  const out = [];
  for (const office of input.offices) {
    for (const docket of ['non-detained', 'detained']) {
      let hours = 0;
      for (const c of input.caseTypes) if (c.docket === docket) hours += office.cases[c.id] * weights.get(c.id);
      out.push(hours / caseHours);
    }
  }
  return out;
}

function time(fn, minMs = 300) {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

export function assessBench() {
  const input = nationalModel();
  const model = parseModel(input);
  // Same numbers from both, or the comparison means nothing.
  const ours = assess(model).rows.map((row) => row.requiredOfficers);
  baseline(input).forEach((value, i) => {
    if (Math.abs(value - ours[i]) > 1e-9 * value) throw new Error(`baseline disagrees at row ${i}`);
  });
  const base = time(() => baseline(input));
  const parsed = time(() => assess(model));
  const fromInput = time(() => assess(input));
  console.log('assess, 24 offices x 2 dockets x 10 case types');
  console.log(`  baseline (plain loop)        ${(base * 1000).toFixed(1)} us`);
  console.log(`  assess(parsed model)         ${(parsed * 1000).toFixed(1)} us  ${(parsed / base).toFixed(1)}x baseline`);
  console.log(`  assess(input), parse incl.   ${(fromInput * 1000).toFixed(1)} us  ${(fromInput / base).toFixed(1)}x baseline`);
}
