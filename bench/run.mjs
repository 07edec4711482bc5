// npm run bench: every benchmark against a baseline measured in the same run, alternated, with the
// issue's targets as PASS/FAIL lines; the figures go to bench/results.md with the machine they came from.
//   npm run bench -- --quick          skips the 10-million-row ingest
//   npm run bench -- --only=ingest    one or more of bundle, import, assess, allocation, queueing, ingest, simulate (not written to results.md)
//   npm run bench -- --smoke          tiny sizes and few runs, to check the harness (not written to results.md)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { allocationBench } from './allocation.mjs';
import { assessBench } from './assess.mjs';
import { bundleBench } from './bundle.mjs';
import { erlangCBench } from './erlangC.mjs';
import { importBench } from './importTime.mjs';
import { ingestBench } from './ingest.mjs';
import { machine, Report } from './report.mjs';
import { simulateBench } from './simulate.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const smoke = args.includes('--smoke');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = args.filter((arg) => !['--quick', '--smoke'].includes(arg) && !arg.startsWith('--only='));
const SECTIONS = ['bundle', 'import', 'assess', 'allocation', 'queueing', 'ingest', 'simulate'];
if (unknown.length > 0 || only?.some((name) => !SECTIONS.includes(name))) {
  console.error(`usage: npm run bench -- [--quick] [--smoke] [--only=${SECTIONS.join(',')}]`);
  process.exit(2);
}
const runs = (name) => !only || only.includes(name);

const load = () => loadavg().map((n) => n.toFixed(1)).join(', ');
const loadBefore = load();
const report = new Report({ smoke });
const started = performance.now();
if (runs('bundle')) await bundleBench(report);
if (runs('import')) await importBench(report, { smoke });
if (runs('assess')) await assessBench(report, { smoke });
if (runs('allocation')) await allocationBench(report, { smoke });
if (runs('queueing')) erlangCBench(report);
if (runs('ingest')) await ingestBench(report, { smoke, sizes: smoke ? [20_000] : quick ? [2_200_000] : [2_200_000, 10_000_000] });
if (runs('simulate')) await simulateBench(report, { smoke });
report.summary();

const pandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas, sys; print(pandas.__version__, sys.version.split()[0])'], { encoding: 'utf8' });
const facts = machine({
  'pandas, python': pandas.status === 0 ? pandas.stdout.trim().replace(' ', ', ') : 'not installed',
  'load average (1, 5, 15 min) before, after': `${loadBefore}; ${load()}`,
  'bench took': `${((performance.now() - started) / 60_000).toFixed(1)} min`,
});
if (smoke || only) {
  console.log('\n(not written to bench/results.md: a smoke or partial run)');
} else {
  writeFileSync('bench/results.md', report.markdown(facts, `npm run bench${quick ? ' -- --quick' : ''}`));
  console.log('\nwritten to bench/results.md');
}
