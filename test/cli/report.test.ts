import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { run } from '../../src/cli/run.js';
import { smallModel } from '../helpers.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'staffing-model-report-'));
const modelFile = join(dir, 'model.json');
writeFileSync(modelFile, JSON.stringify({ name: 'Two & <more>', ...smallModel() }));

describe('staffing-model report and demo --html', () => {
  it('report MODEL -o FILE writes the page and says so on stderr', async () => {
    const out = join(dir, 'report.html');
    expect(await cli('report', modelFile, '-o', out)).toEqual({ status: 0, stdout: '', stderr: `staffing-model: wrote the report to ${out}\n` });
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<title>Two &amp; &lt;more&gt;</title>');
  });

  it('report MODEL without -o prints the page, so it can be piped', async () => {
    const { status, stdout } = await cli('report', modelFile, '--vacancy-rate', '6/19');
    expect(status).toBe(0);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    expect(stdout).toContain('positions to fund');
  });

  it('demo --html FILE prints the table and writes the scenario report', async () => {
    const out = join(dir, 'demo.html');
    const { status, stdout, stderr } = await cli('demo', '--html', out);
    expect(status).toBe(0);
    expect(stdout).toContain('washington-dc');
    expect(stderr).toBe(`staffing-model: wrote the report to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain(`<h1>${scenario.name.replace(/'/g, '&#39;')}</h1>`);
  });

  it('options that do not apply, a missing model and an unwritable file are errors (exit 2, no stack)', async () => {
    expect(await cli('assess', modelFile, '-o', join(dir, 'x.html'))).toMatchObject({ status: 2, stderr: expect.stringContaining('-o/--output is taken by report only, not by assess') });
    expect(await cli('report', modelFile, '--html', 'x.html')).toMatchObject({ status: 2, stderr: expect.stringContaining('--html is taken by demo only') });
    expect(await cli('report')).toMatchObject({ status: 2, stderr: expect.stringContaining('report takes one model') });
    const unwritable = join(dir, 'no-such-folder', 'r.html');
    expect(await cli('report', modelFile, '-o', unwritable)).toEqual({ status: 2, stdout: '', stderr: `staffing-model: ${unwritable}: cannot write the file (ENOENT)\n` });
    expect(await cli('report', modelFile, '--vacancy-rate', '1')).toMatchObject({ status: 2, stderr: expect.stringContaining('vacancyRate must be a number in [0, 1), got 1') });
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

  it('says which flag a plan still needs', async () => {
    expect(await cli('report', planModel, '--years', '3')).toMatchObject({ status: 2, stderr: expect.stringContaining('report --years needs --docket-growth') });
  });
});

describe('staffing-model report of a model with ranged estimates', () => {
  it('adds the simulation (simulate flags) and the tornado', async () => {
    const ranged = join(import.meta.dirname, '../../fixtures/uncertainty/ranged.json');
    const { status, stdout } = await cli('report', ranged, '--iterations', '300', '--seed', '3');
    expect(status).toBe(0);
    expect(stdout).toContain('id="chart-simulation"');
    expect(stdout).toContain('id="chart-tornado"');
    expect(stdout).toContain('300 draws of the ranged inputs');
  });
});
