// CSV ingest: readCaseCounts on synthetic case exports (office, case_type and three more columns,
// one row per case), alternated with pandas read_csv(usecols=[office, case_type]) + groupby().size()
// and with pandas' default read (all columns) + the same groupby, each in its own process: time of
// the read (process start-up and imports excluded, for all), peak memory of the process, and the
// counts checked equal. Then how the reader's time grows on files it may find hard (an unclosed
// quote, CR-only line ends). Files are written once to .bench/ (git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { seeded } from './generate.mjs';
import { alternate, growth, summary } from './harness.mjs';
import { mb, spread, times } from './report.mjs';

/** Ours: the reader as a user calls it. Prints { seconds, rows, counts } or { seconds, error }. */
const OURS = `
import { readCaseCounts } from './dist/node.js';
const start = performance.now();
let result;
try {
  const { counts, rows } = await readCaseCounts(process.argv[1]);
  result = { rows, counts };
} catch (error) {
  result = { error: String(error.message).slice(0, 100) };
}
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ seconds, ...result, selfPeakKb: process.resourceUsage().maxRSS }));
`;

const pandas = (read) => `
import sys, time, json, resource
import pandas as pd
start = time.perf_counter()
counts = ${read}.groupby(['office', 'case_type']).size()
seconds = time.perf_counter() - start
nested = {}
for (office, case_type), n in counts.items():
    nested.setdefault(office, {})[case_type] = int(n)
print(json.dumps({"seconds": seconds, "rows": int(counts.sum()), "counts": nested,
                  "selfPeakKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
`;
const PANDAS_USECOLS = pandas("pd.read_csv(sys.argv[1], usecols=['office', 'case_type'])");
const PANDAS_DEFAULT = pandas('pd.read_csv(sys.argv[1])');

const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';

const OFFICES = ['atlanta-ga', 'baltimore-md', 'boston-ma', 'buffalo-ny', 'chicago-il', 'dallas-tx', 'denver-co', 'detroit-mi',
  'el-paso-tx', 'houston-tx', 'los-angeles-ca', 'miami-fl', 'new-orleans-la', 'new-york-ny', 'newark-nj', 'philadelphia-pa',
  'phoenix-az', 'salt-lake-city-ut', 'san-antonio-tx', 'san-diego-ca', 'san-francisco-ca', 'seattle-wa', 'st-paul-mn', 'washington-dc'];
const CODES = ['ND-FINAL', 'ND-PENDING', 'ND-ATD', 'DET-ADULT', 'DET-FAMILY', 'ND-JUVENILE'];
const STATUS = ['reporting', 'missed-check-in', 'travel-document-requested', 'pending-court'];

/**
 * Writes a synthetic export of `rows` cases (once). `kind` "unclosed-quote" opens a quote in the
 * second row that never closes; "cr" ends lines with CR alone.
 */
async function writeExport(path, rows, kind = 'plain') {
  if (existsSync(path)) return;
  const random = seeded(42);
  const eol = kind === 'cr' ? '\r' : '\n';
  const out = createWriteStream(`${path}.part`);
  let batch = `office,case_type,case_id,opened,status${eol}`;
  for (let i = 0; i < rows; i++) {
    const quote = kind === 'unclosed-quote' && i === 1 ? '"' : '';
    const day = String(random(1, 28)).padStart(2, '0');
    batch += `${quote}${OFFICES[random(0, 23)]},${CODES[random(0, 5)]},A${String(i).padStart(9, '0')},2016-0${random(1, 9)}-${day},${STATUS[random(0, 3)]}${eol}`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
  execFileSync('mv', [`${path}.part`, path]);
}

function pythonWithPandas() {
  const hasPandas = () => spawnSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
  if (!existsSync(PYTHON)) return undefined;
  if (!hasPandas()) {
    console.log('  installing python3-pandas from Debian for the baselines ...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'python3-pandas'], { stdio: 'ignore' });
  }
  return hasPandas() ? PYTHON : undefined;
}

const PEAK = /Maximum resident set size \(kbytes\): (\d+)/;

/**
 * Runs a command that prints JSON with `seconds` and `selfPeakKb`; peak memory is the process's
 * maximum resident set as /usr/bin/time -v sees it (children included), else as it reports itself.
 */
function measured(command, args) {
  const timed = existsSync(TIME);
  const result = spawnSync(timed ? TIME : command, timed ? ['-v', command, ...args] : args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const { selfPeakKb, ...output } = JSON.parse(result.stdout);
  const peakKb = timed ? Number(PEAK.exec(result.stderr)?.[1]) : selfPeakKb;
  return { ...output, peakBytes: peakKb * 1024 };
}

function contestant(name, command, args) {
  return {
    name,
    run() {
      const { seconds, peakBytes, error, rows, counts } = measured(command, args);
      return { seconds, peakBytes, output: error === undefined ? { rows, counts } : { error } };
    },
  };
}

export async function ingestBench(report, { sizes = [2_200_000, 10_000_000], smoke = false } = {}) {
  mkdirSync('.bench', { recursive: true });
  const python = pythonWithPandas();
  report.section('CSV ingest: readCaseCounts against pandas on the same files');
  report.note('Time of the read and count in each process (start-up and imports excluded for all); peak: maximum resident set of the process; counts checked equal on every run.');
  if (!python) report.note('pandas baselines not available: python3-pandas could not be installed.');
  const table = [];
  for (const rows of sizes) {
    const file = `.bench/cases-v2-${rows}.csv`;
    await writeExport(file, rows);
    const size = `${rows.toLocaleString('en-US')} rows (${mb(statSync(file).size)})`;
    const contestants = [
      contestant('readCaseCounts', 'node', ['--input-type=module', '-e', OURS, file]),
      ...(python
        ? [contestant('pandas usecols', python, ['-c', PANDAS_USECOLS, file]), contestant('pandas default', python, ['-c', PANDAS_DEFAULT, file])]
        : []),
    ];
    const results = await alternate(`ingest ${rows}`, contestants, { runs: smoke ? 2 : rows > 5e6 ? 3 : 5 });
    const [ours, usecols] = results;
    if (ours.extras.peakBytes === undefined) throw new Error('no peak memory measured');
    for (const result of results) {
      const peak = summary(result.extras.peakBytes);
      table.push([size, result.name, spread(result.seconds), `${(rows / result.seconds.median / 1e6).toFixed(2)} M`, spread(peak, mb), times(ours.seconds.median / result.seconds.median)]);
    }
    if (usecols) {
      const ratio = ours.seconds.median / usecols.seconds.median;
      report.target(`ingest at half the time of pandas usecols (${size})`, ratio <= 0.5, `${times(ratio)} pandas usecols' time`);
    }
    const peak = summary(ours.extras.peakBytes).max;
    report.target(`ingest peak memory under 100 MB (${size})`, peak < 100 * 2 ** 20, `${mb(peak)} (the most of ${ours.seconds.runs} runs)`);
  }
  report.table(['file', 'reader', 'time', 'rows/s', 'peak memory', 'ours / this'], table);
  await hardFiles(report, smoke);
}

/** How the reader's time grows on files it may find hard: 4 times the rows should take about 4 times as long. */
async function hardFiles(report, smoke) {
  const [small, large] = smoke ? [2_000, 8_000] : [50_000, 200_000];
  const rows = [];
  for (const kind of ['plain', 'unclosed-quote', 'cr']) {
    const files = [small, large].map((n) => `.bench/cases-v2-${kind}-${n}.csv`);
    for (const [i, n] of [small, large].entries()) await writeExport(files[i], n, kind);
    const results = await alternate(
      `ingest ${kind}`,
      files.map((file, i) => ({ ...contestant(i === 0 ? 'small' : 'large', 'node', ['--input-type=module', '-e', OURS, file]), ownOutput: true })),
      { runs: smoke ? 2 : 3 },
    );
    const exponent = growth(results[0].seconds.median, small, results[1].seconds.median, large);
    const outcome = (output) => output.error ?? `${output.rows.toLocaleString('en-US')} rows`;
    rows.push([kind, ...results.map((r) => spread(r.seconds)), exponent.toFixed(2), ...results.map((r) => mb(summary(r.extras.peakBytes).median)), outcome(results[1].output)]);
    if (kind !== 'plain') report.target(`ingest linear on a file with ${kind === 'cr' ? 'CR-only line ends' : 'an unclosed quote'}`, exponent <= 1.3, `growth exponent ${exponent.toFixed(2)}`);
  }
  report.table(['file', `${small.toLocaleString('en-US')} rows`, `${large.toLocaleString('en-US')} rows`, 'growth', `peak (${small.toLocaleString('en-US')})`, `peak (${large.toLocaleString('en-US')})`, 'what the reader returned'], rows);
}
