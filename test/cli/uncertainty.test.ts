/** The simulate and sensitivity commands (src/cli/commands/simulate.ts, sensitivity.ts, progressBar.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progressBar.js';
import { run } from '../../src/cli/run.js';
import { sensitivity, simulate } from '../../src/index.js';

const model = join(import.meta.dirname, '../../fixtures/uncertainty/ranged.json');
const input = JSON.parse(readFileSync(model, 'utf8'));

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('staffing-model simulate', () => {
  it('prints per row the mean, p5 - p95, the share staffed and the officers to be 90% sure (seed 1 by default)', async () => {
    const { status, stdout, stderr } = await cli('simulate', model, '--iterations', '2000');
    expect([status, stderr]).toEqual([0, '']);
    const result = simulate(input, { seed: 1, iterations: 2000, confidence: [0.9] });
    const row = result.rows[0]!;
    expect(stdout).toContain('2,000 draws of 4 ranged inputs, seed 1');
    const cells = [row.office, row.docket, String(row.officers), String(row.recommendedOfficers), row.requiredOfficers.mean.toFixed(2),
      `${row.requiredOfficers.p5.toFixed(2)} - ${row.requiredOfficers.p95.toFixed(2)}`, `${Math.round(row.probabilityStaffed * 100)}%`, String(row.officersForConfidence['0.9'])];
    expect(stdout).toMatch(new RegExp(`\\n${cells.map((cell) => cell.replace(/[.]/g, '\\.')).join('\\s+')}\\n`));
    expect(stdout).toMatch(/\nTOTAL\s+23\s+29\s/);
  });

  it('writes the library result as json, and flat rows as csv', async () => {
    const json = JSON.parse((await cli('simulate', model, '--seed', '7', '--iterations', '500', '--confidence', '0.8,95%', '--vacancy-rate', '6/19', '-f', 'json')).stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(simulate(input, { seed: 7, iterations: 500, confidence: [0.8, 0.95], vacancyRate: 6 / 19 }))));
    const csv = (await cli('simulate', model, '--iterations', '500', '-f', 'csv')).stdout.split('\r\n');
    expect(csv[0]).toBe('office,docket,officers,recommendedOfficers,probabilityStaffed,required_mean,required_sd,required_p5,required_p50,required_p90,required_p95,officers_0.9');
    expect(csv).toHaveLength(6); // a header, 2 offices x 2 dockets, the final line break
  });

  it.each<[string[], string]>([
    // The parser states the library's rule: what it passes, simulate takes.
    ...['0', '1', 'many', '-5', '2.5', '1e3', '10000001', '99999999999'].map((value): [string[], string] => [
      ['--iterations', value],
      `staffing-model: option '--iterations <n>' argument '${value}' is invalid. Expected a whole number from 2 to 10000000, written in digits.`,
    ]),
    ...['4294967296', '-1', '1.5'].map((value): [string[], string] => [
      ['--seed', value],
      `staffing-model: option '--seed <s>' argument '${value}' is invalid. Expected a whole number from 0 to 4294967295, written in digits.`,
    ]),
    [['--confidence', '95'], 'staffing-model: --confidence must be a non-empty list of levels in (0, 1], got [95]'],
    // A level given twice would be two identical columns.
    [['--confidence', '0.9,0.9'], "staffing-model: option '--confidence <levels>' argument '0.9,0.9' is invalid. The level 0.9 is given twice; give each once."],
    [['--confidence', '0.8,0.9,90%'], "staffing-model: option '--confidence <levels>' argument '0.8,0.9,90%' is invalid. The level 90% is given twice (as 0.9 and 90%); give each once."],
  ])('refuses %j, naming the flag', async (flags, message) => {
    const { status, stderr } = await cli('simulate', model, ...flags);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('names --iterations when the draws kept would pass 1 GiB for the model', async () => {
    // 14 offices of one docket: floor(2^27 / 14) = 9,586,980 iterations at most.
    const many = join(mkdtempSync(join(tmpdir(), 'simulate-')), 'many.json');
    writeFileSync(many, JSON.stringify({
      caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: { low: 1, high: 2, dist: 'uniform' }, perYear: 1 }] }],
      offices: Array.from({ length: 14 }, (_, i) => ({ id: `o${i}`, officers: { d: 1 }, cases: { a: 2080 } })),
    }));
    const { status, stderr } = await cli('simulate', many, '--iterations', '10000000');
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe('staffing-model: --iterations must be at most 9586980 for this model, got 10000000 (it keeps every draw: 14 office x docket rows x iterations x 8 bytes, at most 1 GiB)');
  });

  it('takes the least and the most of --iterations and --seed the parser allows', async () => {
    expect(JSON.parse((await cli('simulate', model, '--iterations', '2', '--seed', '4294967295', '-f', 'json')).stdout)).toMatchObject({ iterations: 2, seed: 4294967295 });
  });

  it('says a small level with its digits, never as 0% (and 99.99% not as 100%)', async () => {
    const { status, stdout } = await cli('simulate', model, '--iterations', '200', '--confidence', '0.9999,0.0001');
    expect(status).toBe(0);
    const result = simulate(input, { seed: 1, iterations: 200, confidence: [0.9999, 0.0001] });
    expect(stdout).toContain(` to be 0.01% sure.`);
    expect(stdout).toContain(`, ${result.total.officersForConfidence['0.0001']} to be 0.01% sure.`);
    expect(stdout).toMatch(/ 99\.99% sure +0\.01% sure/);
  });
});

describe('staffing-model sensitivity', () => {
  it('prints the tornado rows, largest swing first, and the library result as json', async () => {
    const { status, stdout } = await cli('sensitivity', model);
    expect(status).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^(caseTypes|collateralDuties)/.test(line));
    expect(rows.map((line) => line.split(/\s+/)[0])).toEqual(sensitivity(input).rows.map((row) => row.path));
    expect(rows[0]).toMatch(/^caseTypes\[0\]\.tasks\[0\]\.time\s+check-in\s+0\.1667 \/ 0\.3333 \/ 0\.75 h \(pert\)/);
    expect(JSON.parse((await cli('sensitivity', model, '-f', 'json')).stdout)).toEqual(JSON.parse(JSON.stringify(sensitivity(input))));
  });
});

describe('progressBar', () => {
  const recorder = (stderrIsTTY: boolean) => {
    const written: string[] = [];
    return { io: { stdout: () => {}, stderr: (text: string) => written.push(text), stderrIsTTY }, written };
  };

  it('draws on a terminal once the run has taken a second, and erases itself at the end', () => {
    let clock = 0;
    const { io, written } = recorder(true);
    const bar = progressBar(io, 'simulate', () => clock);
    bar.onProgress(1000, 4000); // at 0 s: too soon
    clock = 1500;
    bar.onProgress(2000, 4000);
    bar.onProgress(4000, 4000);
    expect(written).toEqual([`\rsimulate [${'#'.repeat(15)}${'.'.repeat(15)}] 50% of 4,000`, '\r\x1b[K']);
  });

  it('writes nothing when stderr is not a terminal', () => {
    let clock = 0;
    const { io, written } = recorder(false);
    const bar = progressBar(io, 'simulate', () => clock);
    clock = 5000;
    bar.onProgress(2000, 4000);
    bar.done();
    expect(written).toEqual([]);
  });
});

describe('docs/cli.md', () => {
  it('shows what simulate and sensitivity print for fixtures/uncertainty/ranged.json', async () => {
    const page = readFileSync(join(import.meta.dirname, '../../docs/cli.md'), 'utf8');
    const shown = (command: string) => {
      const start = page.indexOf(`$ staffing-model ${command} fixtures/uncertainty/ranged.json\n`);
      const text = page.slice(page.indexOf('\n', start) + 1);
      return text.slice(0, text.search(/\n\n\$ |\n```/));
    };
    expect(shown('simulate')).toBe((await cli('simulate', model)).stdout.trimEnd());
    expect(shown('sensitivity')).toBe((await cli('sensitivity', model)).stdout.trimEnd());
  });

  it('shows the error --iterations 99999999999 gives', async () => {
    const page = readFileSync(join(import.meta.dirname, '../../docs/cli.md'), 'utf8');
    const start = page.indexOf('$ staffing-model simulate model.json --iterations 99999999999\n');
    expect(start).toBeGreaterThan(-1);
    const text = page.slice(page.indexOf('\n', start) + 1);
    expect(text.slice(0, text.indexOf('\n\n'))).toBe((await cli('simulate', model, '--iterations', '99999999999')).stderr.trimEnd());
  });
});
