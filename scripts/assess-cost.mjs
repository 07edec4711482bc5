// Quick A/B cost check of `assess` between builds (not the benchmark: see npm run bench). Each measure
// runs in its own process, the builds alternated round by round; printed: process CPU time, median
// of the rounds. Run from the repository root:
//   npm run build && cp -r dist /tmp/dist-new
//   git stash && npm run build && cp -r dist /tmp/dist-old && git stash pop   (or any other build)
//   node scripts/assess-cost.mjs /tmp/dist-old /tmp/dist-new
// Measures (bench's generateModel, vacancyRate 0.1):
//   parsed    assess(parsed) at 1,000 x 50, 2,000 calls after 200 untimed: CPU a call
//   input     assess(input) at 1,000 x 50, 200 calls after 2: CPU a pair
//   large     assess(input) at 10,000 x 200, 5 calls after 2: CPU a pair
//   mixed     4 calls of assess(input) then 20 of assess(parsed), 1,000 x 50, 8 rounds: CPU a call of each in rounds 4-7
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const MEASURES = ['parsed', 'input', 'large', 'mixed'];

async function measure(dist, what) {
  const { assess, parseModel } = await import(pathToFileURL(resolve(dist, 'index.js')).href);
  const { generateModel } = await import('../bench/generate.mjs');
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const timed = (calls, fn) => {
    const start = cpu();
    for (let i = 0; i < calls; i++) fn();
    return (cpu() - start) / calls;
  };
  const options = { vacancyRate: 0.1 };
  if (what === 'parsed') {
    const model = parseModel(generateModel({ offices: 1000, caseTypes: 50 }));
    timed(200, () => assess(model, options));
    return [timed(2000, () => assess(model, options))];
  }
  if (what === 'input' || what === 'large') {
    const [offices, caseTypes, calls] = what === 'input' ? [1000, 50, 200] : [10_000, 200, 5];
    const input = generateModel({ offices, caseTypes });
    timed(2, () => assess(input, options));
    return [timed(calls, () => assess(input, options)) / (offices * caseTypes)];
  }
  const input = generateModel({ offices: 1000, caseTypes: 50 });
  const model = parseModel(input);
  const rounds = Array.from({ length: 8 }, () => [timed(4, () => assess(input, options)), timed(20, () => assess(model, options))]);
  const later = rounds.slice(4);
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  return [median(later.map(([a]) => a)), median(later.map(([, b]) => b))];
}

const [child, dist, what] = process.argv.slice(2);
if (child === '--child') {
  console.log(JSON.stringify(await measure(dist, what)));
} else {
  const dists = process.argv.slice(2);
  if (dists.length === 0) throw new Error('usage: node scripts/assess-cost.mjs DIST_DIR [DIST_DIR ...]');
  const rounds = 5;
  const results = new Map(dists.map((d) => [d, Object.fromEntries(MEASURES.map((m) => [m, []]))]));
  for (let round = 0; round < rounds; round++) {
    for (const what of MEASURES) {
      if (what === 'large' && round >= 3) continue; // 3 rounds of the large size
      for (let i = 0; i < dists.length; i++) {
        const d = dists[(i + round) % dists.length];
        const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', d, what], { encoding: 'utf8' });
        results.get(d)[what].push(JSON.parse(out));
      }
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const ms = (s) => `${(s * 1e3).toFixed(2)} ms`;
  const ns = (s) => `${(s * 1e9).toFixed(0)} ns`;
  for (const d of dists) {
    const r = results.get(d);
    console.log(
      `${d}: parsed ${ms(median(r.parsed.map(([x]) => x)))} a call; input ${ns(median(r.input.map(([x]) => x)))} a pair; ` +
        `large ${ns(median(r.large.map(([x]) => x)))} a pair; mixed ${ms(median(r.mixed.map(([x]) => x)))} input, ${ms(median(r.mixed.map(([, y]) => y)))} parsed`,
    );
  }
}
