// What loading the package costs: `node -e "import('staffing-model')"` against a bare `node -e ""`,
// wall time of each process, alternated; the CLI's --version and --help the same way; and whether
// --version and --help load the unit parser (bench/loadTrace.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternate } from './harness.mjs';
import { duration, spread } from './report.mjs';

function processRun(name, args) {
  return {
    name,
    run() {
      const start = performance.now();
      const result = spawnSync('node', args, { encoding: 'utf8' });
      const seconds = (performance.now() - start) / 1000;
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
      return { seconds, output: result.stdout };
    },
  };
}

/** The modules holding mathjs's unit parser that `node <args>` loads. */
function unitParserLoads(args) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-trace-'));
  const trace = join(dir, 'trace');
  try {
    const result = spawnSync('node', ['--import', './bench/loadTrace.mjs', ...args], { encoding: 'utf8', env: { ...process.env, LOAD_TRACE: trace } });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
    let loaded = '';
    try {
      loaded = readFileSync(trace, 'utf8');
    } catch {
      // no module with the parser was loaded, so nothing was written
    }
    return loaded.split('\n').filter(Boolean).map((url) => url.replace(`file://${process.cwd()}/`, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function importBench(report, { smoke = false } = {}) {
  report.section('import time (wall time of a node process, alternated)');
  const runs = smoke ? 3 : 21;
  const bare = processRun('node -e ""', ['-e', '']);
  const rows = [];
  const added = {};
  for (const [name, args] of [
    ['node -e "import(\'staffing-model\')"', ['-e', "import('staffing-model')"]],
    ['staffing-model --version', ['dist/cli.js', '--version']],
    ['staffing-model --help', ['dist/cli.js', '--help']],
  ]) {
    // Outputs differ from the bare start's (a version, a help text), so each is held to its own first.
    const [command, base] = await alternate(name, [processRun(name, args), { ...bare, ownOutput: true }], { runs });
    added[name] = command.seconds.median - base.seconds.median;
    rows.push([name, spread(command.seconds), spread(base.seconds), duration(added[name])]);
  }
  report.table(['command', 'time', 'bare node start (same runs)', 'added (medians)'], rows);
  const importAdded = added['node -e "import(\'staffing-model\')"'];
  report.target("import('staffing-model') adds under 100 ms to a bare node start", importAdded < 0.1, duration(importAdded));
  for (const flag of ['--version', '--help']) {
    const loads = unitParserLoads(['dist/cli.js', flag]);
    report.target(`staffing-model ${flag} does not load the unit parser`, loads.length === 0, loads.length === 0 ? 'not loaded' : `loaded in ${loads.join(', ')}`);
  }
}
