// Quick timings of the allocation and assessment functions at large sizes (not the benchmark: bench/
// holds that). Run after `npm run build`: node scripts/quick-timings.mjs [name ...]
// Each figure is the median (and the least) CPU time, user + system, of several runs after three warm-up calls.
import { allocateHires, allocateOfficers, apportion, assess, balanceCaseload, coverage, parseModel } from '../dist/index.js';

/** A model of `offices` offices and `caseTypes` case types on 2 dockets, 3 tasks each. */
export function bigModel(offices, caseTypes) {
  const types = Array.from({ length: caseTypes }, (_, i) => ({
    id: `c${i}`,
    docket: i % 2 === 0 ? 'non-detained' : 'detained',
    priority: 1 + (i % 3),
    tasks: [
      { name: 'check-in', time: `${10 + (i % 7)} min`, every: '90 days' },
      { name: 'review', time: 0.5 + (i % 5) / 10, perYear: 2 },
      { name: 'travel document', time: 6, perYear: 1, share: 0.1 },
    ],
  }));
  return {
    officerYear: { holidays: '10 workdays', leave: '25 workdays', training: '40 h', adminShare: 0.15 },
    caseTypes: types,
    offices: Array.from({ length: offices }, (_, k) => ({
      id: `office-${k}`,
      officers: { 'non-detained': 5 + (k % 13), detained: 2 + (k % 5) },
      cases: Object.fromEntries(types.map((t, i) => [t.id, 100 + ((k * 7919 + i * 104729) % 5000)])),
    })),
  };
}

/** CPU milliseconds of this process (user + system): steadier than wall time on a shared machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(fn, runs = 7, minMs = 50) {
  for (let i = 0; i < 3; i++) fn(); // warm up (the optimizing compiler needs a few calls)
  const times = [];
  for (let r = 0; r < runs; r++) {
    let n = 0;
    const start = cpuMs();
    do {
      fn();
      n++;
    } while (cpuMs() - start < minMs);
    times.push((cpuMs() - start) / n);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[runs >> 1] };
}

const one = (t) => (t < 1 ? t.toFixed(3) : t.toFixed(1));
const ms = ({ min, median }) => `${one(median)} ms (min ${one(min)})`;
const only = new Set(process.argv.slice(2));
const run = (name, fn) => (only.size === 0 || only.has(name)) && fn();

run('assess', () => {
  for (const [o, c] of [[1000, 50], [2000, 50], [4000, 50], [1000, 200], [10000, 200]]) {
    const model = parseModel(bigModel(o, c));
    console.log(`assess(parsed) ${o} x ${c}: ${ms(median(() => assess(model), o * c > 1e6 ? 5 : 9))}`);
  }
});
run('coverage', () => {
  for (const o of [1000, 2000, 4000]) {
    const model = parseModel(bigModel(o, 10));
    console.log(`coverage ${o} x 10: ${ms(median(() => coverage(model), 3))}`);
  }
});
run('apportion', () => {
  const weights = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 1000 + ((i * 7919) % 100_000)]));
  const floats = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, Math.sqrt(2 + i)]));
  for (const method of ['huntington-hill', 'webster', 'jefferson', 'adams', 'hamilton']) {
    console.log(`apportion 1e6 seats / 1e4 integer keys, ${method}: ${ms(median(() => apportion(weights, 1e6, { method }), 3, 0))}`);
    console.log(`apportion 1e6 seats / 1e4 float keys, ${method}: ${ms(median(() => apportion(floats, 1e6, { method }), 3, 0))}`);
  }
  console.log(`apportion 1e9 seats / 1e4 integer keys: ${ms(median(() => apportion(weights, 1e9), 3, 0))}`);
  const bounded = { min: 50, max: Object.fromEntries(Object.keys(weights).map((k, i) => [k, i % 2 ? 60 : 500])) };
  console.log(`apportion 1e6 seats / 1e4 keys, per-key ceilings: ${ms(median(() => apportion(weights, 1e6, bounded), 3, 0))}`);
});
run('allocate', () => {
  const model = parseModel(bigModel(1000, 50));
  console.log(`allocateOfficers 1000 x 50, 1e9 officers: ${ms(median(() => allocateOfficers(model, 1e9), 3, 0))}`);
  console.log(`allocateHires 1000 x 50, 1e9 hires: ${ms(median(() => allocateHires(model, 1e9), 3, 0))}`);
  console.log(`allocateHires 1000 x 50, 1e5 hires: ${ms(median(() => allocateHires(model, 1e5), 3, 0))}`);
});
run('balance', () => {
  const cases = Array.from({ length: 1e6 }, (_, i) => ({ id: `c${i}`, hours: 1 + ((i * 7919) % 1000) / 10 }));
  console.log(`balanceCaseload 1e6 cases, 1e4 officers: ${ms(median(() => balanceCaseload(cases, 1e4), 3, 0))}`);
  const officers = Array.from({ length: 1e4 }, (_, i) => ({ id: `o${i}`, capacityHours: 1000 + (i % 977) }));
  console.log(`balanceCaseload 1e6 cases, 1e4 officers of distinct capacities: ${ms(median(() => balanceCaseload(cases, officers), 3, 0))}`);
  // One call (no warm-up): 10^7 result objects take seconds and gigabytes to build.
  const start = process.cpuUsage();
  balanceCaseload(cases.slice(0, 10), 1e7);
  const { user, system } = process.cpuUsage(start);
  console.log(`balanceCaseload 10 cases, 1e7 officers: ${((user + system) / 1000).toFixed(0)} ms (one call)`);
});
