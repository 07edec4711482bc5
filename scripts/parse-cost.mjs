// Quick cost check of parseModel and assess at the sizes of issue 9 (not the benchmark: see npm run bench).
// Run: npm run build && node --expose-gc scripts/parse-cost.mjs [OFFICESxCASETYPES ...]
// Prints process CPU time per call, minimum and median of repeated runs (the minimum is the figure least
// disturbed by other work on a shared machine), per office x case-type pair, JSON.parse of the same
// model text for scale, and the heap of the parsed model against the heap of its input.
import { assess, parseModel } from '../dist/index.js';

const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['24x10', '1000x50', '10000x200'];

/** A model file's text: `offices` offices, `types` case types over two dockets, 4 tasks each. */
function modelText(offices, types) {
  const caseTypes = Array.from({ length: types }, (_, i) => ({
    id: `case-type-${i}`,
    docket: i % 3 === 0 ? 'detained' : 'non-detained',
    tasks: Array.from({ length: 4 }, (_, j) => ({
      name: `task-${j}`,
      time: j === 0 ? '20 min' : 0.25 + j / 10,
      ...(j === 1 ? { every: '90 days' } : { perYear: 1 + ((i + j) % 5) }),
      share: 0.5,
    })),
  }));
  const officeList = Array.from({ length: offices }, (_, k) => ({
    id: `office-${k}`,
    officers: { 'non-detained': 20 + (k % 13), detained: 10 + (k % 7) },
    cases: Object.fromEntries(caseTypes.map((c, i) => [c.id, (k * 31 + i * 37) % 5000])),
  }));
  return JSON.stringify({ officerYear: { leave: '25 workdays', training: 40, adminShare: 0.1 }, caseTypes, offices: officeList });
}

function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function heap() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

const shown = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0].toFixed(2)} / ${sorted[sorted.length >> 1].toFixed(2)} ms`;
};

if (!globalThis.gc) console.log('(run with node --expose-gc for the memory figures)');
for (const size of sizes) {
  const [offices, types] = size.split('x').map(Number);
  const text = modelText(offices, types);
  const pairs = offices * types;
  const runs = pairs >= 1e6 ? 7 : pairs >= 1e4 ? 41 : 201;
  const times = { json: [], parse: [], raw: [], parsed: [] };
  for (let r = 0; r < runs; r++) {
    let input;
    let model;
    times.json.push(cpuMs(() => (input = JSON.parse(text))));
    times.parse.push(cpuMs(() => (model = parseModel(input))));
    times.raw.push(cpuMs(() => assess(input)));
    times.parsed.push(cpuMs(() => assess(model)));
  }
  let before = heap();
  const input = JSON.parse(text);
  const inputBytes = heap() - before;
  before = heap();
  const model = parseModel(input);
  const modelBytes = heap() - before;
  if (model.offices.length !== offices) throw new Error('the model lost offices');
  const perPair = (values) => `${((Math.min(...values) * 1e6) / pairs).toFixed(0)} ns/pair`;
  console.log(`${size} (CPU time, min / median of ${runs})`);
  console.log(`  JSON.parse of the text  ${shown(times.json)}  ${perPair(times.json)}`);
  console.log(`  parseModel              ${shown(times.parse)}  ${perPair(times.parse)}`);
  console.log(`  assess(input)           ${shown(times.raw)}`);
  console.log(`  assess(parsed model)    ${shown(times.parsed)}`);
  if (globalThis.gc) {
    console.log(`  heap: input ${(inputBytes / 2 ** 20).toFixed(2)} MB, parsed model ${(modelBytes / 2 ** 20).toFixed(2)} MB (${(modelBytes / inputBytes).toFixed(2)}x)`);
  }
}
