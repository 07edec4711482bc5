// What loading the package costs: `node -e "import('staffing-model')"` against a bare `node -e ""`,
// wall and CPU time of each process (bench/cpuAtExit.mjs, loaded into both), alternated; the CLI's --version and --help the same way; and whether
// --version and --help load the unit parser (bench/loadTrace.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alternate, summary } from './harness.mjs';
import { cpuAndWall, duration, spread } from './report.mjs';

function processRun(name, args) {
  return {
    name,
    run() {
      const start = performance.now();
      const result = spawnSync('node', ['--import', './bench/cpuAtExit.mjs', ...args], { encoding: 'utf8' });
      const seconds = (performance.now() - start) / 1000;
      if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
      const cpu = /^cpu-us (\d+)$/m.exec(result.stderr);
      if (!cpu) throw new Error(`node ${args.join(' ')} did not report its CPU time: ${result.stderr}`);
      return { seconds, cpuSeconds: Number(cpu[1]) / 1e6, output: result.stdout };
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
  report.section('import time (wall and CPU time of a node process, alternated)');
  report.note('CPU: user + system time of the process (process.cpuUsage at exit), which waits for a core on a loaded machine do not stretch; the target is read on it.');
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
    const cpu = (result) => summary(result.extras.cpuSeconds).median;
    added[name] = { wall: command.seconds.median - base.seconds.median, cpu: cpu(command) - cpu(base) };
    rows.push([name, spread(command.seconds), spread(base.seconds), duration(added[name].wall), duration(cpu(command)), duration(cpu(base)), duration(added[name].cpu)]);
  }
  report.table(['command', 'time', 'bare node start (same runs)', 'added (medians)', 'CPU', 'CPU, bare', 'CPU added'], rows);
  const importAdded = added['node -e "import(\'staffing-model\')"'];
  report.target("import('staffing-model') adds under 100 ms to a bare node start", importAdded.cpu < 0.1, cpuAndWall(importAdded.cpu, importAdded.wall));
  for (const flag of ['--version', '--help']) {
    const loads = unitParserLoads(['dist/cli.js', flag]);
    report.target(`staffing-model ${flag} does not load the unit parser`, loads.length === 0, loads.length === 0 ? 'not loaded' : `loaded in ${loads.join(', ')}`);
  }
}
