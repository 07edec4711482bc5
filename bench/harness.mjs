import { readFileSync } from 'node:fs';

// The benchmark harness: contestants run in alternation (the order rotates every round, so none is
// always first), every run's output is checked against the candidate's (a baseline that does
// different work fails loudly), and times are reported as median and range (min-max).

/** Median, min and max of a list of numbers. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** The order contestants run in, round by round: round r starts with contestant r mod n. */
export function rotation(count, round) {
  return Array.from({ length: count }, (_, i) => (round + i) % count);
}

/**
 * Throws unless `actual` equals `expected`: same keys, same strings and booleans, numbers equal to a
 * relative 1e-9 (a plain loop and a compensated sum differ in the last bits). The message names the
 * first place they differ, such as `rows[3].gap: 4 against 5`.
 */
export function assertSame(actual, expected, label, path = '') {
  const fail = (what) => {
    throw new Error(`${label}: the outputs differ at ${path || '(top)'}: ${what}`);
  };
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Object.is(actual, expected)) return;
    const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
    if (!(Math.abs(actual - expected) <= 1e-9 * scale)) fail(`${actual} against ${expected}`);
    return;
  }
  if (expected === null || actual === null || typeof expected !== 'object' || typeof actual !== 'object') {
    if (actual !== expected) fail(`${JSON.stringify(actual)} against ${JSON.stringify(expected)}`);
    return;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) fail('an array against an object');
  const keys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  if (Array.isArray(expected) && actual.length !== expected.length) fail(`${actual.length} items against ${expected.length}`);
  const missing = keys.filter((key) => !Object.hasOwn(actual, key));
  const extra = actualKeys.filter((key) => !Object.hasOwn(expected, key));
  if (missing.length > 0 || extra.length > 0) fail(`keys missing: [${missing.join(', ')}], keys extra: [${extra.join(', ')}]`);
  for (const key of keys) {
    const at = Array.isArray(expected) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    assertSame(actual[key], expected[key], label, at);
  }
}

/**
 * Runs each contestant `runs` times, alternated. A contestant is `{ name, run }` where `run()`
 * (sync or async) returns `{ seconds, output, ...extra }`; the first contestant is the candidate, and
 * every run's output is compared with the candidate's first with `same(actual, expected, label)`
 * (default `assertSame`), except a contestant with `ownOutput: true`, compared with its own first.
 * Returns, per contestant, `{ name, seconds: summary, extras: { key: [values] }, output }` (its first output).
 */
export async function alternate(label, contestants, { runs, same = assertSame } = {}) {
  const seconds = contestants.map(() => []);
  const extras = contestants.map(() => ({}));
  let expected;
  const own = [];
  const first = [];
  for (let round = 0; round < runs; round++) {
    for (const i of rotation(contestants.length, round)) {
      const { seconds: s, output, ...extra } = await contestants[i].run();
      if (round === 0) first[i] = output;
      // Round 0 starts with the candidate, so its output is the one every other run is held to. A
      // contestant marked `ownOutput` (the candidate at another size) is held to its own first output.
      if (contestants[i].ownOutput) {
        if (round === 0) own[i] = output;
        else same(output, own[i], `${label}, ${contestants[i].name} against its first run`);
      } else if (round === 0 && i === 0) expected = output;
      else same(output, expected, `${label}, ${contestants[i].name} against ${contestants[0].name}`);
      seconds[i].push(s);
      for (const [key, value] of Object.entries(extra)) (extras[i][key] ??= []).push(value);
    }
  }
  return contestants.map((contestant, i) => ({ name: contestant.name, seconds: summary(seconds[i]), extras: extras[i], output: first[i] }));
}

/** CPU seconds this process has used (user + system, every thread of it). */
export function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * CPU seconds the calling (main) thread has run, from Linux's /proc/thread-self/schedstat (in ns;
 * about 15 us a read); undefined elsewhere. Unlike `cpuSeconds`, it leaves out the garbage
 * collector's helper threads, which sweep and mark concurrently, and may be doing so for garbage an
 * earlier contestant left: the time the thread running the code was busy (what blocks a page).
 */
export const mainThreadSeconds = (() => {
  try {
    readFileSync('/proc/thread-self/schedstat', 'utf8');
  } catch {
    return () => undefined;
  }
  return () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
})();

/**
 * A contestant that calls `fn()` in this process. One sample is a batch of calls lasting about
 * `minSampleMs` (so microsecond calls are not lost in timer resolution); `seconds` is wall time per
 * call and `cpuSeconds` the process's CPU time per call (user + system, read with
 * `process.cpuUsage`): on a machine shared with other work, wall time counts the time the process
 * waited for a core, CPU time does not (it does count the garbage collector's helper threads, so on
 * a quiet machine it can exceed wall time); on Linux, `mainThreadSeconds` is the CPU time of the
 * thread running the calls alone (see mainThreadSeconds). Before the first sample, calls run untimed for
 * `minSampleMs` (at least 3) to warm up and size the batch; a call that takes 4 samples' time on its
 * own, after the first call, is warm-up enough and is its own batch. (The first call alone does not
 * decide it: it compiles, and on a loaded machine it can last 80 ms where later calls take 0.5 ms;
 * batches of one such call then timed the optimizing compiler's threads as CPU time of the call.)
 * `output` maps the last call's result, after timing, to the form the other contestants return.
 */
export function inProcess(name, fn, { minSampleMs = 20, output: as = (result) => result } = {}) {
  let batch;
  return {
    name,
    run() {
      if (batch === undefined) {
        fn(); // the first call compiles: not timed
        const second = performance.now();
        fn();
        if (performance.now() - second >= 4 * minSampleMs) batch = 1;
      }
      if (batch === undefined) {
        let calls = 0;
        const start = performance.now();
        while (calls < 2 || performance.now() - start < minSampleMs) {
          fn();
          calls++;
        }
        batch = Math.max(1, Math.round((calls * minSampleMs) / (performance.now() - start)));
      }
      let output;
      const mainStart = mainThreadSeconds();
      const cpuStart = cpuSeconds();
      const start = performance.now();
      for (let i = 0; i < batch; i++) output = fn();
      const seconds = (performance.now() - start) / 1000 / batch;
      const cpu = (cpuSeconds() - cpuStart) / batch;
      const mainEnd = mainThreadSeconds();
      const main = mainStart === undefined ? {} : { mainThreadSeconds: (mainEnd - mainStart) / batch };
      return { seconds, cpuSeconds: cpu, ...main, output: as(output) };
    },
  };
}

/** How time grows from size n0 to n1: the exponent k in t ~ n^k (1 is linear, 2 quadratic). */
export function growth(seconds0, n0, seconds1, n1) {
  return Math.log(seconds1 / seconds0) / Math.log(n1 / n0);
}
