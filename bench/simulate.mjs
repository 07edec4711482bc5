// simulate() on a national-scale model (24 offices x 2 dockets, 8 case types of 6 ranged tasks: 48
// PERT inputs), 100,000 iterations: iterations per second and peak memory, alternated with the same
// Monte Carlo as straightforward vectorised numpy (bench/simulate_numpy.py, run by Debian's
// /usr/bin/python3 with python3-numpy, installed here if missing). Each contestant runs in its own
// process and times the simulation alone; every run's result is checked to agree with simulate's
// within Monte Carlo error (the two use different random streams).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { probit } from 'simple-statistics';
import { officerYear } from '../dist/index.js';
import { alternate, summary } from './harness.mjs';
import { mb, spread, times } from './report.mjs';

const OFFICES = 24;
const DOCKETS = ['non-detained', 'detained'];

function nationalModel() {
  const caseTypes = Array.from({ length: 8 }, (_, i) => ({
    id: `c${i}`,
    docket: DOCKETS[i < 4 ? 0 : 1],
    tasks: Array.from({ length: 6 }, (_, j) => {
      const mode = 0.25 + ((i * 6 + j) % 7) / 4; // hours
      return { name: `t${j}`, time: { low: mode * 0.5, mode, high: mode * (2 + (j % 3)) }, perYear: 1 + ((i + j) % 5), share: 0.5 + (j % 2) / 4 };
    }),
  }));
  const offices = Array.from({ length: OFFICES }, (_, k) => ({
    id: `office-${k}`,
    // On board: near what the means need, so that the share of draws staffed is neither 0 nor 1.
    officers: { 'non-detained': 30 + 9 * k, detained: 8 + 3 * k },
    cases: Object.fromEntries(caseTypes.map((c, i) => [c.id, 400 * (k + 1) + i * 37])),
  }));
  return { officerYear: { leave: 200, training: 40, adminShare: 0.1 }, caseTypes, offices };
}

/** The model as the arrays the numpy baseline takes: each task's time is drawn; the rest is fixed. */
function numpySpec(model, iterations, seed, confidence) {
  const tasks = model.caseTypes.flatMap((caseType, j) => caseType.tasks.map((task) => ({ ...task, caseType: j })));
  const caseHours = officerYear(model).caseHours;
  const rows = model.offices.flatMap((office) => DOCKETS.map((docket) => ({ office, docket })));
  return {
    iterations, seed, confidence, offices: OFFICES, dockets: DOCKETS.length,
    low: tasks.map((t) => t.time.low), mode: tasks.map((t) => t.time.mode), high: tasks.map((t) => t.time.high),
    hoursPerUnit: tasks.map((t) => t.perYear * t.share), taskCaseType: tasks.map((t) => t.caseType),
    counts: rows.map(({ office, docket }) => model.caseTypes.map((c) => (c.docket === docket ? office.cases[c.id] : 0))),
    rowCaseHours: rows.map(() => caseHours), rowOfficers: rows.map(({ office, docket }) => office.officers[docket]),
  };
}

const NODE = `
import { readFileSync } from 'node:fs';
import { parseModel, simulate } from './dist/index.js';
const model = parseModel(JSON.parse(readFileSync(process.argv[1], 'utf8')));
const start = performance.now();
const cpu = process.cpuUsage();
const result = simulate(model, { iterations: Number(process.argv[2]), seed: 1 });
const seconds = (performance.now() - start) / 1000;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ seconds, cpuSeconds: (user + system) / 1e6, peakKb: process.resourceUsage().maxRSS, rows: result.rows, offices: result.offices, total: result.total }));
`;

function debianNumpy() {
  const python = '/usr/bin/python3';
  const hasNumpy = () => spawnSync(python, ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
  if (!hasNumpy()) {
    console.log('  installing python3-numpy from Debian for the baseline ...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'python3-numpy'], { stdio: 'ignore' });
  }
  return hasNumpy() ? python : undefined;
}

/** A contestant run in its own process: it prints JSON with seconds, CPU seconds (user + system), its peak resident set (KB) and the result. */
function contestant(name, command, args) {
  return {
    name,
    run() {
      const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (result.status !== 0) throw new Error(`${name} failed (${result.status}): ${result.stderr.slice(-500)}`);
      const { seconds, cpuSeconds, peakKb, ...output } = JSON.parse(result.stdout);
      return { seconds, cpuSeconds, peakBytes: peakKb * 1024, output };
    },
  };
}

/**
 * The two results must say the same thing: same rows, offices and fields; means within 5 standard
 * errors of a difference of two independent means (sd sqrt(2 / n)); shares staffed likewise
 * (sqrt(2 p (1 - p) / n)); officers for each confidence level p within 5 standard errors of a
 * difference of two sample quantiles, sqrt(2 p (1 - p) / n) / f(q), with the density f(q) taken as a
 * normal's, phi(z_p) / sd, plus one officer for the rounding to whole officers.
 */
function checkAgreement(ours, theirs, n) {
  const pairs = [...ours.rows.map((row, i) => [row, theirs.rows[i], `rows[${i}]`]), ...ours.offices.map((o, i) => [o, theirs.offices[i], `offices[${i}]`]), [ours.total, theirs.total, 'total']];
  if (ours.rows.length !== theirs.rows.length || ours.offices.length !== theirs.offices.length) throw new Error('numpy gives a different number of rows or offices');
  for (const [a, b, where] of pairs) {
    const { mean, sd } = a.requiredOfficers;
    if (Math.abs(mean - b.requiredOfficers.mean) > 5 * sd * Math.sqrt(2 / n) + 1e-9) throw new Error(`${where}: mean ${mean} against numpy's ${b.requiredOfficers.mean}`);
    const p = (a.probabilityStaffed + b.probabilityStaffed) / 2;
    if (Math.abs(a.probabilityStaffed - b.probabilityStaffed) > 5 * Math.sqrt((2 * p * (1 - p)) / n) + 1e-9) throw new Error(`${where}: probabilityStaffed ${a.probabilityStaffed} against ${b.probabilityStaffed}`);
    for (const level of Object.keys(a.officersForConfidence)) {
      const p = Number(level);
      const density = Math.exp(-(probit(p) ** 2) / 2) / Math.sqrt(2 * Math.PI) / sd;
      const bound = (5 * Math.sqrt((2 * p * (1 - p)) / n)) / density + 1;
      if (Math.abs(a.officersForConfidence[level] - b.officersForConfidence[level]) > bound) throw new Error(`${where}: officers for ${level} ${a.officersForConfidence[level]} against ${b.officersForConfidence[level]}`);
    }
    if (JSON.stringify(Object.keys(a.requiredOfficers)) !== JSON.stringify(Object.keys(b.requiredOfficers))) throw new Error(`${where}: fields differ`);
  }
}

export async function simulateBench(report, { smoke = false } = {}) {
  const iterations = smoke ? 2_000 : 100_000;
  mkdirSync('.bench', { recursive: true });
  const model = nationalModel();
  writeFileSync('.bench/simulate-model.json', JSON.stringify(model));
  writeFileSync('.bench/simulate-numpy.json', JSON.stringify(numpySpec(model, iterations, 1, [0.5, 0.8, 0.9, 0.95])));
  report.section(`simulate: 24 offices x 2 dockets, 8 case types x 6 ranged tasks (48 PERT inputs), ${iterations.toLocaleString('en-US')} iterations`);
  report.note('Time of the simulation in each process (start-up, imports and reading the model excluded), wall and CPU (user + system, every thread); peak: the process\'s maximum resident set; results checked to agree within Monte Carlo error on every run.');
  const python = debianNumpy();
  const contestants = [contestant('simulate', 'node', ['--input-type=module', '-e', NODE, '.bench/simulate-model.json', String(iterations)])];
  if (python) contestants.push(contestant('numpy (vectorised)', python, [fileURLToPath(new URL('simulate_numpy.py', import.meta.url)), '.bench/simulate-numpy.json']));
  else report.note('numpy baseline not available: python3-numpy could not be installed.');
  const results = await alternate('simulate', contestants, { runs: smoke ? 2 : 3, same: (actual, expected) => checkAgreement(actual, expected, iterations) });
  const [ours] = results;
  // CPU time (user + system, every thread) beside the wall time: on a shared machine the wall time of
  // a run swings with the load, its CPU time much less.
  const cpu = (result) => summary(result.extras.cpuSeconds);
  report.table(['', 'time', 'iterations/s', 'cpu time', 'peak memory', 'ours / this (time, cpu)'], results.map((result) => [
    result.name, spread(result.seconds), Math.round(iterations / result.seconds.median).toLocaleString('en-US'), spread(cpu(result)),
    spread(summary(result.extras.peakBytes), mb), `${times(ours.seconds.median / result.seconds.median)}, ${times(cpu(ours).median / cpu(result).median)}`,
  ]));
  const numpy = results[1];
  if (numpy) {
    const ratio = ours.seconds.median / numpy.seconds.median;
    report.target(`simulate ${iterations.toLocaleString('en-US')} iterations at least as fast as numpy (aim: twice)`, ratio <= 1, `${times(ratio)} numpy's time`);
  }
}
