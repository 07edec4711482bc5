import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { run } from '../../src/cli/run.js';
import { simulate, type ModelInput } from '../../src/index.js';
import { smallModel } from '../helpers.js';
import { find, parsePage, text } from '../report/dom.js';

async function cliWithInput(stdin: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: Readable.from([stdin]) });
  return { status, stdout, stderr };
}
const cli = (...argv: string[]) => cliWithInput('', ...argv);

const dir = mkdtempSync(join(tmpdir(), 'staffing-model-report-'));
const model = { name: 'Two & <more>', ...smallModel() };
const modelFile = join(dir, 'model.json');
writeFileSync(modelFile, JSON.stringify(model));

describe('staffing-model report and demo --html', () => {
  it('report MODEL -o FILE writes the page, whatever the extension, and prints nothing', async () => {
    for (const name of ['report.html', 'report.htm', 'report']) {
      const out = join(dir, name);
      expect(await cli('report', modelFile, '-o', out)).toEqual({ status: 0, stdout: '', stderr: '' });
      const page = readFileSync(out, 'utf8');
      expect(page.startsWith('<!doctype html>')).toBe(true);
      expect(page).toContain('<title>Two &amp; &lt;more&gt;</title>');
    }
  });

  it('report MODEL without -o (or with -o -) prints the page, so it can be piped', async () => {
    const { status, stdout, stderr } = await cli('report', modelFile, '--vacancy-rate', '6/19');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain('positions to fund');
    expect((await cli('report', modelFile, '--vacancy-rate', '6/19', '-o', '-')).stdout).toBe(stdout);
  });

  it('reads the model from standard input (-), as every command does', async () => {
    const { status, stdout } = await cliWithInput(JSON.stringify(model), 'report', '-');
    expect(status).toBe(0);
    expect(stdout).toBe((await cli('report', modelFile)).stdout);
  });

  it('demo --html FILE prints the table and writes the scenario report', async () => {
    const out = join(dir, 'demo.html');
    const { status, stdout, stderr } = await cli('demo', '--html', out);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toContain('washington-dc');
    expect(readFileSync(out, 'utf8')).toContain(`<h1>${scenario.name.replace(/'/g, '&#39;')}</h1>`);
    // The table in another format, the page the same.
    const md = await cli('demo', '--html', join(dir, 'demo2.html'), '-f', 'markdown');
    expect(md.stdout.startsWith(`## ${scenario.name}`)).toBe(true);
    expect(readFileSync(join(dir, 'demo2.html'), 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('prints its usage, options and examples with report --help', async () => {
    const help = await cli('report', '--help');
    expect([help.status, help.stderr]).toEqual([0, '']);
    for (const line of ['Usage: staffing-model report [options] <model>', '-o, --output <file>', '--years <n>', '--iterations <n>', '--cases <file>', 'Examples:', '$ staffing-model report model.json -o report.html']) {
      expect(help.stdout).toContain(line);
    }
    // A page has no other format.
    expect(help.stdout).not.toContain('--format');
    expect((await cli('demo', '--help')).stdout).toContain('--html <file>');
    expect((await cli('--help')).stdout).toMatch(/^ {2}report /m);
  });

  it.each([
    ['--format for report', ['report', modelFile, '-f', 'json'], /^staffing-model: unknown option '-f'\n/],
    ['--html for report', ['report', modelFile, '--html', 'x.html'], /^staffing-model: unknown option '--html'\n/],
    ['--html for assess', ['assess', modelFile, '--html', 'x.html'], /^staffing-model: unknown option '--html'\n/],
    ['an option of another command', ['report', modelFile, '--officers', '5'], /^staffing-model: unknown option '--officers'\n/],
    ['no model', ['report'], /^staffing-model: missing required argument 'model'\n/],
    ['two models', ['report', modelFile, modelFile], /^staffing-model: too many arguments for 'report'\. Expected 1 argument but got 2\.\n/],
    ['--html - for demo', ['demo', '--html', '-'], /^staffing-model: --html -: standard output takes the table; give --html a file name\n/],
    ['a bad vacancy rate', ['report', modelFile, '--vacancy-rate', '1'], /option '--vacancy-rate <rate>' argument '1' is invalid/],
    ['a case option without --cases', ['report', modelFile, '--skip-invalid'], /^staffing-model: --skip-invalid goes with --cases\n/],
    ["simulate's flags for a model with no ranged estimates", ['report', modelFile, '--seed', '3'], /^staffing-model: --seed: the model has no ranged estimates to simulate \(docs\/uncertainty\.md\)\n/],
  ])('refuses %s (exit 2, no stack)', async (_, argv, stderr) => {
    const result = await cli(...argv);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unwritable file is exit 2 naming the file', async () => {
    const unwritable = join(dir, 'no-such-folder', 'r.html');
    expect(await cli('report', modelFile, '-o', unwritable)).toEqual({ status: 2, stdout: '', stderr: `staffing-model: ${unwritable}: cannot write the file (ENOENT)\n` });
    const demo = await cli('demo', '--html', unwritable);
    expect(demo).toEqual({ status: 2, stdout: '', stderr: `staffing-model: ${unwritable}: cannot write the file (ENOENT)\n` });
  });

  it("a model's problems name the file", async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ offices: 5 }));
    const result = await cli('report', bad);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`staffing-model: ${bad}: the model has`);
  });
});

describe('staffing-model report with a hiring plan', () => {
  // docs/hiring-plan.md's hand-worked example: 35 hires a year close the gap in 2019.
  const planModel = join(dir, 'plan-model.json');
  writeFileSync(planModel, JSON.stringify({
    caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'work', time: 1, perYear: 1 }] }],
    offices: [{ id: 'a', name: 'Office A', officers: { nd: 100 }, cases: { nd: 208000 } }],
  }));
  const flags = ['--years', '3', '--start-year', '2017', '--docket-growth', '0.1', '--attrition-rate', '0.1', '--training-months', '18'];

  it("takes plan's flags and adds the plan by year", async () => {
    const { status, stdout } = await cli('report', planModel, ...flags);
    expect(status).toBe(0);
    expect(stdout).toContain('35 hires a year. The gap closes in 2019 and stays closed.');
    expect(stdout).toContain('id="chart-hiring-plan"');
  });

  it('says which flags a plan still needs, and which go with --years', async () => {
    expect(await cli('report', planModel, '--years', '3')).toMatchObject({ status: 2, stderr: 'staffing-model: --years (a hiring plan) needs --docket-growth, --attrition-rate, --training-months\nRun \'staffing-model --help\' (or \'staffing-model COMMAND --help\') for usage.\n' });
    expect(await cli('report', planModel, '--attrition-rate', '0.1')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^staffing-model: --attrition-rate goes with --years \(a hiring plan\)\n/) });
  });

  it("puts a library limit in the flags' words", async () => {
    const result = await cli('report', planModel, ...flags.slice(0, -2), '--training-months', '-1');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^staffing-model: .*--training-months/);
  });
});

describe('staffing-model report of a model with ranged estimates', () => {
  const ranged = join(import.meta.dirname, '../../fixtures/uncertainty/ranged.json');

  it('adds the simulation (simulate flags) and the tornado', async () => {
    const { status, stdout } = await cli('report', ranged, '--iterations', '300', '--seed', '3');
    expect(status).toBe(0);
    expect(stdout).toContain('id="chart-simulation"');
    expect(stdout).toContain('id="chart-tornado"');
    expect(stdout).toContain('300 draws of the ranged inputs');
  });

  it("draws as simulate does by default (10,000 draws, seed 1)", async () => {
    const { stdout } = await cli('report', ranged);
    expect(stdout).toContain('10,000 draws of the ranged inputs');
    expect(stdout).toBe((await cli('report', ranged, '--iterations', '10000', '--seed', '1', '--confidence', '0.9')).stdout);
  });

  it('--confidence and --vacancy-rate: a column of officers and of positions per level, as simulate gives them', async () => {
    const { status, stdout } = await cli('report', ranged, '--iterations', '2000', '--seed', '1', '--confidence', '0.8,0.95', '--vacancy-rate', '0.1');
    expect(status).toBe(0);
    expect(stdout).toContain('The table gives the officers to be 80% / 95% sure, and the positions to fund for them.');
    const table = find(parsePage(stdout), 'table').find((each) => text(each).includes('officers to be 80% sure'))!;
    const header = find(find(table, 'tr')[0]!, 'th').map(text);
    expect(header.slice(-4)).toEqual(['officers to be 80% sure', 'officers to be 95% sure', 'positions to fund (80%)', 'positions to fund (95%)']);
    // The independent path: the library's simulate with the same seed, draws and levels.
    const expected = simulate(JSON.parse(readFileSync(ranged, 'utf8')) as ModelInput, { seed: 1, iterations: 2000, confidence: [0.8, 0.95], vacancyRate: 0.1 });
    const cells = find(table, 'tr').slice(1).map((row) => find(row, 'td').map(text).slice(-4));
    expect(cells).toEqual(
      expected.rows.map((row) => [row.officersForConfidence['0.8'], row.officersForConfidence['0.95'], row.positionsToFund!['0.8'], row.positionsToFund!['0.95']].map(String)),
    );
    // Positions cover the officers at a 10% vacancy rate: ceil(officers / 0.9) at least (hand check of the direction).
    for (const [o80, , p80] of cells.map((row) => row.map(Number))) expect(p80!).toBeGreaterThanOrEqual(o80!);
    // Without --confidence the page differs (simulate's default, 90%).
    const plain = await cli('report', ranged, '--iterations', '2000', '--seed', '1', '--vacancy-rate', '0.1');
    expect(plain.stdout).not.toBe(stdout);
    expect(plain.stdout).toContain('officers to be 90% sure');
  });
});
