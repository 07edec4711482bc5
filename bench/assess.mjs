// assess() at 24 x 10, 1,000 x 50 and 10,000 x 200 (offices x case types), from the model input and
// from a parsed model, alternated with a plain loop that returns the same numbers (checked); and the
// heap a parsed model holds against the input's.
import { execFileSync } from 'node:child_process';
import { assess, parseModel } from '../dist/index.js';
import { generateModel } from './generate.mjs';
import { alternate, assertSame, inProcess, summary } from './harness.mjs';
import { plainAssess } from './plainAssess.mjs';
import { cpuAndWall, duration, mb, spread, times } from './report.mjs';

const VACANCY = 0.1; // so that positionsToFund is computed and compared too

function modelMemory(offices, caseTypes, runs) {
  const measured = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync('node', ['--expose-gc', 'bench/modelMemory.mjs', String(offices), String(caseTypes)], { encoding: 'utf8' })),
  );
  return {
    input: summary(measured.map((m) => m.inputBytes)),
    model: summary(measured.map((m) => m.modelBytes)),
    ratio: summary(measured.map((m) => m.modelBytes / m.inputBytes)),
  };
}

export async function assessBench(report, { smoke = false } = {}) {
  const sizes = smoke ? [[24, 10], [100, 20]] : [[24, 10], [1000, 50], [10_000, 200]];
  report.section('assess: offices x case types, from the input and from a parsed model');
  report.note('Baseline: a plain loop over the input (bench/plainAssess.mjs) returning every field assess returns, checked equal on every run. assess(input) and assess(parsed model) each alternate with the baseline alone (two runs of it), and give the same output.');
  report.note('Wall times, then CPU times (process.cpuUsage: what the call itself cost, without the time it waited for a core on a loaded machine, with the garbage collector\'s helper threads), then the CPU time of the main thread alone (Linux); the targets are read on process CPU time.');
  const rows = [];
  const measured = {};
  for (const [offices, caseTypes] of sizes) {
    const input = generateModel({ offices, caseTypes });
    const model = parseModel(input);
    const pairs = offices * caseTypes;
    // Each form alternates with the baseline alone: alternated with each other, assess(parsed model)
    // (0.6 ms, little garbage) ran after assess(input) (6 ms, megabytes of garbage), whose collection
    // the garbage collector's helper threads were still doing, charged to the next batch's CPU time.
    const runs = smoke ? 3 : pairs >= 1e6 ? 5 : 11;
    const plainLoop = () => inProcess('plain loop', () => plainAssess(input, VACANCY));
    const [fromInput, plain] = await alternate(`assess ${offices} x ${caseTypes}`, [inProcess('assess(input)', () => assess(input, { vacancyRate: VACANCY })), plainLoop()], { runs });
    const [fromModel, plainToo] = await alternate(`assess ${offices} x ${caseTypes}`, [inProcess('assess(parsed model)', () => assess(model, { vacancyRate: VACANCY })), plainLoop()], { runs });
    assertSame(fromModel.output, fromInput.output, `assess ${offices} x ${caseTypes}, assess(parsed model) against assess(input)`);
    for (const result of [fromInput, fromModel, plain, plainToo]) {
      result.cpu = summary(result.extras.cpuSeconds);
      result.main = result.extras.mainThreadSeconds && summary(result.extras.mainThreadSeconds);
    }
    measured[`${offices}x${caseTypes}`] = { fromInput, fromModel, pairs };
    const main = (result) => (result.main ? duration(result.main.median) : 'n/a');
    rows.push([
      `${offices.toLocaleString('en-US')} x ${caseTypes}`,
      spread(fromInput.seconds),
      spread(fromModel.seconds),
      `${spread(plain.seconds)}; ${spread(plainToo.seconds)}`,
      duration(fromInput.cpu.median),
      duration(fromModel.cpu.median),
      `${duration(plain.cpu.median)}; ${duration(plainToo.cpu.median)}`,
      `${main(fromInput)}, ${main(fromModel)}`,
      times(fromInput.cpu.median / plain.cpu.median),
      times(fromModel.cpu.median / plainToo.cpu.median),
      `${((fromInput.cpu.median / pairs) * 1e9).toFixed(0)} ns`,
    ]);
  }
  report.table(
    ['size', 'assess(input)', 'assess(parsed)', 'plain loop (baseline; beside input; beside parsed)', 'CPU: input', 'CPU: parsed', 'CPU: baseline', 'main thread: input, parsed', 'input/base', 'parsed/base', 'input per pair (CPU)'],
    rows,
  );

  const memorySizes = smoke ? [[100, 20]] : [[1000, 50], [10_000, 200]];
  const memory = memorySizes.map(([offices, caseTypes]) => ({ offices, caseTypes, ...modelMemory(offices, caseTypes, smoke ? 1 : 3) }));
  report.note('Heap held (node --expose-gc, after gc; median of separate processes): the input, and the parsed model on its own.');
  report.table(
    ['size', 'input', 'parsed model', 'parsed / input'],
    memory.map((m) => [`${m.offices.toLocaleString('en-US')} x ${m.caseTypes}`, mb(m.input.median), mb(m.model.median), spread(m.ratio, times)]),
  );

  const mid = measured['1000x50'];
  const large = measured['10000x200'];
  if (mid) {
    const { fromInput, fromModel } = mid;
    report.target('assess 1,000 x 50 from the input under 10 ms', fromInput.cpu.median < 0.01, cpuAndWall(fromInput.cpu.median, fromInput.seconds.median));
    report.target('assess 1,000 x 50 from a parsed model under 2 ms', fromModel.cpu.median < 0.002, cpuAndWall(fromModel.cpu.median, fromModel.seconds.median));
  }
  if (mid && large) {
    for (const [what, key] of [['from the input', 'fromInput'], ['parsed', 'fromModel']]) {
      const ratio = large[key].cpu.median / large.pairs / (mid[key].cpu.median / mid.pairs);
      report.target(`assess linear in offices x case types (${what}): CPU time per pair at 10,000 x 200 within 2x of 1,000 x 50`, ratio <= 2, times(ratio));
    }
  }
  const biggest = memory.at(-1);
  if (biggest && !smoke) {
    report.target('parsed model at most 2x the input\'s memory (10,000 x 200)', biggest.ratio.median <= 2, `${times(biggest.ratio.median)} (${mb(biggest.model.median)} against ${mb(biggest.input.median)})`);
  }
}
