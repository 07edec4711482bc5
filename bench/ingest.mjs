// readCaseCounts on a synthetic national case export (office, case_type and three more columns, one
// row per case): rows per second and peak memory, each parser against pandas read_csv + groupby on the
// same file in the same run. Files are written once to .bench/ (git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';

const OFFICES = ['atlanta-ga', 'baltimore-md', 'boston-ma', 'buffalo-ny', 'chicago-il', 'dallas-tx', 'denver-co', 'detroit-mi',
  'el-paso-tx', 'houston-tx', 'los-angeles-ca', 'miami-fl', 'new-orleans-la', 'new-york-ny', 'newark-nj', 'philadelphia-pa',
  'phoenix-az', 'salt-lake-city-ut', 'san-antonio-tx', 'san-diego-ca', 'san-francisco-ca', 'seattle-wa', 'st-paul-mn', 'washington-dc'];
const CODES = ['ND-FINAL', 'ND-PENDING', 'ND-ATD', 'DET-ADULT', 'DET-FAMILY', 'ND-JUVENILE'];
const STATUS = ['reporting', 'missed-check-in', 'travel-document-requested', 'pending-court'];

async function writeExport(path, rows) {
  if (existsSync(path)) return;
  const out = createWriteStream(path);
  out.write('office,case_type,case_id,opened,status\n');
  let seed = 42;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  let batch = '';
  for (let i = 0; i < rows; i++) {
    const day = String(1 + random(28)).padStart(2, '0');
    batch += `${OFFICES[random(24)]},${CODES[random(6)]},A${String(i).padStart(9, '0')},2016-0${1 + random(9)}-${day},${STATUS[random(4)]}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

function debianPython() {
  const python = '/usr/bin/python3';
  const hasPandas = () => spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
  if (!hasPandas()) {
    console.log('  installing python3-pandas from Debian for the baseline ...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'python3-pandas'], { stdio: 'ignore' });
  }
  return hasPandas() ? python : undefined;
}

const PANDAS = `
import sys, time, resource, pandas as pd
start = time.perf_counter()
counts = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False).groupby(['office', 'case_type']).size()
seconds = time.perf_counter() - start
print(seconds, int(counts.sum()), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
`;

const NODE = `
import { readCaseCounts } from './dist/node.js';
const start = performance.now();
const { rows } = await readCaseCounts(process.argv[1], { parser: process.argv[2] });
const seconds = (performance.now() - start) / 1000;
console.log(seconds, rows, Math.round(process.resourceUsage().maxRSS / 1024));
`;

function measure(command, args) {
  const [seconds, rows, peakMb] = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split(/\s+/).map(Number);
  return { seconds, rows, peakMb };
}

export async function ingestBench({ sizes = [2_200_000, 10_000_000] } = {}) {
  mkdirSync('.bench', { recursive: true });
  const python = debianPython();
  console.log('ingest: readCaseCounts on a synthetic case export (5 columns), against pandas read_csv + groupby');
  for (const rows of sizes) {
    const file = `.bench/cases-${rows}.csv`;
    await writeExport(file, rows);
    const mb = statSync(file).size / 1e6;
    console.log(`  ${rows.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB`);
    const pandas = python && rows <= 2_200_000 ? measure(python, ['-c', PANDAS, file]) : undefined;
    if (pandas) console.log(`    pandas (baseline)  ${pandas.seconds.toFixed(2)} s  ${(rows / pandas.seconds / 1e6).toFixed(2)} M rows/s  peak ${pandas.peakMb} MB`);
    else if (!python) console.log('    pandas (baseline)  not available: python3-pandas could not be installed');
    for (const parser of ['fast', 'csv-parse']) {
      if (parser === 'csv-parse' && rows > 2_200_000) continue;
      const ours = measure('node', ['--input-type=module', '-e', NODE, file, parser]);
      if (ours.rows !== rows) throw new Error(`${parser} counted ${ours.rows} rows, not ${rows}`);
      const ratio = pandas ? `  ${(pandas.seconds / ours.seconds).toFixed(2)}x pandas' speed` : '';
      console.log(`    ${parser.padEnd(18)} ${ours.seconds.toFixed(2)} s  ${(rows / ours.seconds / 1e6).toFixed(2)} M rows/s  peak ${ours.peakMb} MB${ratio}`);
    }
  }
}
