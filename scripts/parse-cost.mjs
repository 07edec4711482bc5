// Quick timing of parseModel and assess at the sizes of issue 9 (not a benchmark: see npm run bench).
// Run: npm run build && node --expose-gc scripts/parse-cost.mjs [offices x caseTypes ...]
// Prints median ms of alternated runs, ns per office x case-type pair, and the heap of the parsed model
// against the heap of its input (JSON.parse of a model file, as loadModel reads one).
import { assess, parseModel } from '../dist/index.js';

const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['24x10', '1000x50', '10000x200'];

/** A model file's text: `offices` offices, `types` case types over two dockets, 4 tasks each. */
function modelText(offices, types) {
  const caseTypes = Array.from({ length: types }, (_, i) => ({
    id: `case-type-${i}`,
    docket: i % 3 === 0 ? 'detained' : 'non-detained',
    tasks: Array.from({ length: 4 }, (_, j) => ({ name: `task-${j}`, time: j === 0 ? '20 min' : 0.25 + j / 10, every: j === 1 ? '90 days' : undefined, perYear: j === 1 ? undefined : 1 + ((i + j) % 5), share: 0.5 })),
  }));
  const officeList = Array.from({ length: offices }, (_, k) => ({
    id: `office-${k}`,
    officers: { 'non-detained': 20 + (k % 13), detained: 10 + (k % 7) },
    cases: Object.fromEntries(caseTypes.map((c, i) => [c.id, (k * 31 + i * 37) % 5000])),
  }));
  return JSON.stringify({ officerYear: { leave: '25 workdays', training: 40, adminShare: 0.1 }, caseTypes, offices: officeList });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function heap() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

for (const size of sizes) {
  const [offices, types] = size.split('x').map(Number);
  const text = modelText(offices, types);
  const pairs = offices * types;
  const runs = pairs >= 1e6 ? 5 : pairs >= 1e4 ? 21 : 201;
  const parseTimes = [];
  const rawTimes = [];
  const parsedTimes = [];
  for (let r = 0; r < runs; r++) {
    const input = JSON.parse(text);
    let start = performance.now();
    const model = parseModel(input);
    parseTimes.push(performance.now() - start);
    start = performance.now();
    assess(input);
    rawTimes.push(performance.now() - start);
    start = performance.now();
    assess(model);
    parsedTimes.push(performance.now() - start);
  }
  let before = heap();
  const input = JSON.parse(text);
  const inputBytes = heap() - before;
  before = heap();
  const model = parseModel(input);
  const modelBytes = heap() - before;
  const ms = (values) => median(values).toFixed(2).padStart(8);
  console.log(
    `${size.padEnd(10)} parseModel ${ms(parseTimes)} ms (${((median(parseTimes) * 1e6) / pairs).toFixed(0)} ns/pair)` +
      `  assess(raw) ${ms(rawTimes)} ms  assess(parsed) ${ms(parsedTimes)} ms` +
      `  input ${(inputBytes / 2 ** 20).toFixed(1)} MB  parsed ${(modelBytes / 2 ** 20).toFixed(1)} MB (${(modelBytes / inputBytes).toFixed(2)}x)`,
  );
  if (model.offices.length !== offices) throw new Error('model lost offices');
}
