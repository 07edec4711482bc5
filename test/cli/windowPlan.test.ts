/** The window and plan commands (src/cli/commands/window.ts, plan.ts; parsers in windowPlanParsers.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const windowModel = join(fixtures, 'queueing/check-in-window.json');
const national = join(fixtures, 'oig-17-51/national.json');
const threeOffices = join(fixtures, 'queueing/three-offices.json');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

const windowArgs = ['window', windowModel, '--office', 'dc', '--open-hours', '40', '--target-wait', '5 min', '--service-level', '80%'];
const history = '2016:2200000,2020:3260000,2021:3600000,2022:4700000,2023:6200000';
const planArgs = ['plan', national, '--years', '8', '--start-year', '2016', '--docket-growth', history, '--attrition-rate', '0.05', '--training-months', '6'];

describe('staffing-model window', () => {
  it('sizes the window hour by hour as a table', async () => {
    const { status, stdout, stderr } = await cli(...windowArgs);
    expect([status, stderr]).toEqual([0, '']);
    // The window of docs/queueing.md, worked by hand: 4 officers every open hour.
    expect(stdout).toContain('Window duty at dc: 160 officer hours a week');
    expect(stdout).toContain('400.0 arrivals a week (20,871 a year), 15.0 minutes each, over 40 open hours.');
    expect(stdout).toContain("the window tasks' case weights already count 5,218, so it adds 3,131, shared by 4.40 officers (711.8 hours each a year)");
    expect(stdout).toMatch(/\n\s+1\s+10\.0\s+2\.50\s+4\s+81%\s+32%\s+3\.2\s+63%\n/);
  });

  it('writes json, csv and markdown', async () => {
    const json = JSON.parse((await cli(...windowArgs, '-f', 'json')).stdout);
    expect(json).toMatchObject({ office: 'dc', windowHoursPerWeek: 160, collateralDuty: { name: 'window duty', perYear: 1 } });
    const csv = (await cli(...windowArgs, '-f', 'csv')).stdout.split('\r\n');
    expect(csv[0]).toBe('hour,arrivalRate,servers,trafficIntensity,serviceLevel,waitProbability,averageWait,occupancy');
    expect(csv).toHaveLength(42); // a header, 40 hours, and the final line break
    expect((await cli(...windowArgs, '-f', 'markdown')).stdout).toContain('| 40 | 10.0 | 2.50 | 4 | 81% |');
  });

  it('takes a handle time and an hourly profile', async () => {
    const args = ['window', windowModel, '--office', 'dc', '--open-hours', '2', '--target-wait', '0.0833', '--service-level', '0.8'];
    const json = JSON.parse((await cli(...args, '--profile', '0.75,0.25', '--handle-time', '10 min', '-f', 'json')).stdout);
    expect(json.handleTime).toBeCloseTo(10, 9);
    expect(json.hours.map((hour: { arrivalRate: number }) => Math.round(hour.arrivalRate))).toEqual([300, 100]);
  });

  it('finds --office by id, then by name, as case exports are read (trimmed, NFC, case folded)', async () => {
    const args = ['--open-hours', '4', '--target-wait', '5min', '--service-level', '80%', '-f', 'json'];
    const byId = JSON.parse((await cli('window', threeOffices, '--office', 'montreal', ...args)).stdout);
    for (const office of ['Montréal', 'Montre\u0301al', ' MONTRÉAL ']) {
      const { status, stdout, stderr } = await cli('window', threeOffices, '--office', office, ...args);
      expect([status, stderr]).toEqual([0, '']);
      expect(JSON.parse(stdout)).toEqual(byId);
    }
    expect(JSON.parse((await cli('window', threeOffices, '--office', '東京 事務所', ...args)).stdout).office).toBe('tokyo');
  });

  it("keeps the window tasks' case weights whatever --handle-time sizes the queue with", async () => {
    // The fixture's dc: 400 check-ins a week of 15 minutes, 100 h a week in the case weights (5,218 a year).
    // 10 minutes at the window: 3 officers an hour (test/queueing/windowDuty.test.ts), 120 h a week: it adds 20 (1,044 a year).
    const ten = await cli(...windowArgs, '--handle-time', '10 min');
    expect(ten.stdout).toContain("The window takes 6,261 officer hours a year; the window tasks' case weights already count 5,218, so it adds 1,044,");
    // 90 seconds: 1 officer an hour, 40 h a week, fewer than the 100 the case weights count.
    const quick = await cli(...windowArgs, '--handle-time', '90 s');
    expect(quick.stdout).toContain("The window takes 2,087 officer hours a year; the window tasks' case weights already count 5,218, more than the window takes, so it adds nothing");
  });

  it.each<[string[], string]>([
    [['window', windowModel, '--open-hours', '40'], "required option '--office <office>' not specified"],
    [['window', windowModel, '--office', 'dc', '--target-wait', '5 min', '--service-level', '0.8'], "required option '--open-hours <n>' not specified"],
    [[...windowArgs.slice(0, 6), '--target-wait', '1 day', '--service-level', '0.8'], '--target-wait: "1 day" is a calendar unit'],
    [[...windowArgs, '--profile', '1,x'], `option '--profile <shares>' argument '1,x' is invalid. Share 2 is not a number: "x".`],
    [[...windowArgs.slice(0, 8), '--service-level', '1'], '--service-level must be a number in [0, 1), got 1'],
    [[...windowArgs.slice(0, 2), '--office', 'xyz', ...windowArgs.slice(4)], 'unknown office "xyz" (offices: "dc")'],
    [['window', threeOffices, '--office', 'Montrel', ...windowArgs.slice(4)], 'unknown office "Montrel"; did you mean "montreal"? (offices: "washington-dc", "montreal", "tokyo")'],
  ])('says what is wrong with %j, exit 2', async (argv, message) => {
    const { status, stdout, stderr } = await cli(...argv);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('    at ');
  });
});

describe('staffing-model plan', () => {
  it("prints the report example's plan with its trend and where the hires go", async () => {
    const { status, stdout, stderr } = await cli(...planArgs);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Hiring plan 2016-2023: 2,570 hires a year');
    expect(stdout).toContain('The fewest hires a year that close the gap by 2023. The gap closes in 2023 and stays closed.');
    expect(stdout).toContain('Docket trend: 507,397 cases a year, a least-squares line through 5 years (r^2 = 0.81).');
    expect(stdout).toMatch(/\n2016\s+2,200,000\s+5,404\.6\s+1,723\.0\s+1,285\.0\s+2,570\s+23\.1\s+\+3,681\.7\n/);
    expect(stdout).toContain('  2016: all-field-offices (non-detained) 2,570');
  });

  it('reports the year a given hiring pace closes the gap, in every format', async () => {
    const json = JSON.parse((await cli(...planArgs, '--hires-per-year', '2900', '-f', 'json')).stdout);
    expect([json.hiresPerYear, json.gapClosesIn]).toEqual([2900, 2020]);
    const csv = (await cli(...planArgs, '-f', 'csv')).stdout.split('\r\n');
    expect(csv[0]).toBe('year,cases,requiredOfficers,officers,inTraining,hires,separations,gap');
    expect(csv).toHaveLength(10);
    expect((await cli(...planArgs, '-f', 'markdown')).stdout).toContain('| 2016 | 2,200,000 | 5,404.6 |');
    const history = await cli('plan', threeOffices, '--docket-growth', '2016:1,2017:100000000000', '--start-year', '2016', '--years', '3', '--attrition-rate', '0.05', '--training-months', '6', '-f', 'json');
    const plan = JSON.parse(history.stdout);
    // The year the gap closes is read off the rows: none from it on is open, the one before it is.
    const from = plan.rows.findIndex((row: { year: number }) => row.year === plan.gapClosesIn);
    expect(plan.rows.slice(from).every((row: { gap: number }) => row.gap <= 0)).toBe(true);
    expect(from === 0 || plan.rows[from - 1].gap > 0).toBe(true);
    const funded = await cli('plan', national, '--years', '2', '--docket-growth', '5%', '--attrition-rate', '0.05', '--training-months', '0', '--vacancy-rate', '6/19');
    expect(funded.stdout).toContain('to fund');
  });

  it.each<[string[], string]>([
    [['plan', national, '--docket-growth', '0.05', '--attrition-rate', '0.05', '--training-months', '6'], "required option '--years <n>' not specified"],
    [[...planArgs.slice(0, 6), '--docket-growth', '2016=1', ...planArgs.slice(8)], "option '--docket-growth <growth>' argument '2016=1' is invalid. Expected a number such as 0.8, 80% or 6/19."],
    [[...planArgs.slice(0, 6), '--docket-growth', '2016:1,x', ...planArgs.slice(8)], `option '--docket-growth <growth>' argument '2016:1,x' is invalid. Expected YEAR:CASES such as 2016:2200000, got "x".`],
    [[...planArgs.slice(0, 6), '--docket-growth', '2016:100,2016:200,2018:300', ...planArgs.slice(8)],
      "option '--docket-growth <growth>' argument '2016:100,2016:200,2018:300' is invalid. The year 2016 is given twice; give each once."],
    [[...planArgs.slice(0, 4), ...planArgs.slice(6)], '--start-year is needed with a docket history'],
    [[...planArgs, '--hires-per-year=-3'], '--hires-per-year must be a whole number in [0, 2^53 - 1], got -3'],
    [[...planArgs.slice(0, 8), '--attrition-rate', '1', ...planArgs.slice(10)], '--attrition-rate must be a number in [0, 1), got 1'],
    // 12,576 cases x 4^k pass 2^53 - 1 when 4^k > 7.16e11: first at k = 20, year 21, 12,576 x 2^40 = 1.38e16 cases. (It never finished.)
    [['plan', threeOffices, '--years', '30', '--docket-growth', '300%', '--attrition-rate', '0.05', '--training-months', '6'],
      '--docket-growth: the docket passes 2^53 - 1 (9007199254740991) cases in 21 (1.38e+16), past what a count can hold exactly: plan fewer years or a slower --docket-growth'],
    // (It printed "0 hires a year" over rows of ∞.)
    [['plan', threeOffices, '--years', '1100', '--docket-growth', '100%', '--attrition-rate', '0.05', '--training-months', '6'], '--years must be a whole number in [1, 1000], got 1100'],
    [['plan', threeOffices, '--years', '100000', '--docket-growth', '5%', '--attrition-rate', '0.05', '--training-months', '6'], '--years must be a whole number in [1, 1000], got 100000'],
    // The line through 2016:1 and 2017:10^12 makes 2017's docket 10^12 times 2016's: 1.26e16 cases. (It said the gap closed in 2016 over a 2018 row of +36,606.6.)
    [['plan', threeOffices, '--docket-growth', '2016:1,2017:1000000000000', '--start-year', '2016', '--years', '3', '--attrition-rate', '0.05', '--training-months', '6'],
      '--docket-growth: the docket passes 2^53 - 1 (9007199254740991) cases in 2017 (1.26e+16)'],
  ])('says what is wrong with %j, exit 2', async (argv, message) => {
    const { status, stdout, stderr } = await cli(...argv);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });
});
