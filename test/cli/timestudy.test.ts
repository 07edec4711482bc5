/** The timestudy command (src/cli/commands/timestudy.ts, timeStudyInput.ts, output/timeStudyTable.ts) on fixtures/time-study/. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { summarizeTimeStudy, timeStudyModel } from '../../src/index.js';
import { loadModel, readTimeStudy } from '../../src/node/index.js';

const fixtures = join(import.meta.dirname, '../../fixtures/time-study');
const log = join(fixtures, 'log.csv');
const caseloads = join(fixtures, 'caseloads.csv');
const STUDY = [log, '--caseloads', caseloads, '--study-workdays', '4', '--workdays-per-year', '200'];
const scratch = mkdtempSync(join(tmpdir(), 'timestudy-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(stdin === undefined ? {} : { stdin: [stdin][Symbol.iterator]() as never }),
  });
  return { status, stdout, stderr };
}

describe('staffing-model timestudy', () => {
  it('prints the per-task summary worked out in docs/time-study.md, and the warnings on stderr', async () => {
    const { status, stdout, stderr } = await cli(['timestudy', ...STUDY]);
    expect(status).toBe(0);
    expect(stdout).toContain('Time study: 7 entries, 2026-03-02 to 2026-03-04, 2 officers, 4 workdays of a 200-workday year');
    // check-in: 90 min / 4 occurrences = 22.5; median of 20, 20, 30 is 20; 4 / 100 x 50 = 2 a year; 22.5 / 60 x 2 = 0.75 h.
    expect(stdout).toMatch(/\nnd\s+check-in\s+3\s+22\.5\s+[\d.]+ - [\d.]+\s+20\.0\s+20\.0 - 28\.0\s+2\.00\s+[\d.]+ - [\d.]+\s+0\.75\n/);
    // travel document: one entry, no interval; 1 / 100 x 50 = 0.5 a year; 120 / 60 x 0.5 = 1 h. nd in all: 1.75 h.
    expect(stdout).toMatch(/\nnd\s+travel document\s+1\s+120\.0\s+-\s+120\.0\s+120\.0 - 120\.0\s+0\.50\s+[\d.]+ - [\d.]+\s+1\.00\n/);
    expect(stdout).toContain('nd: 1.75 h per case a year from the tasks measured');
    // Non-case hours scale by the officer's available workdays (260 by default, not --workdays-per-year's 200):
    // window duty: 6 h / 2 officers x 260 / 4 = 195 h; training 1 h / 2 x 65 = 32.5 h.
    expect(stdout).toContain('Non-case work: window duty, 195.00 h per officer year (2 entries).');
    expect(stdout).toContain('Non-case work: training, 32.50 h per officer year (1 entry).');
    expect(stderr).toBe(
      'staffing-model: warning: nd / check-in: 3 entries, fewer than 30\n' + 'staffing-model: warning: nd / travel document: 1 entry, fewer than 30\n',
    );
  });

  it('writes the model with -o, the library\'s for the same log, and it loads', async () => {
    const file = join(scratch, 'model.json');
    const { status, stdout } = await cli(['timestudy', ...STUDY, '--seed', '3', '-o', file]);
    expect(status).toBe(0);
    expect(stdout).toContain(`written to ${file}`);
    const { entries } = await readTimeStudy(log);
    const summary = summarizeTimeStudy(entries, { studyWorkdays: 4, caseloads: { dc: { nd: 100 } }, workdaysPerYear: 200, seed: 3 });
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(timeStudyModel(summary).model)));
    expect((await loadModel(file)).caseTypes[0]!.tasks.map((t) => t.name)).toEqual(['check-in', 'travel document']);
    // -o -: the model on stdout, the summary on stderr.
    const piped = await cli(['timestudy', ...STUDY, '--seed', '3', '-o', '-']);
    expect(JSON.parse(piped.stdout)).toEqual(written);
    expect(piped.stderr).toContain('Time study: 7 entries');
  });

  it('keeps the base model\'s inputs that the study did not measure, and says so; the model loads', async () => {
    const base = join(scratch, 'base.json');
    const baseModel = {
      offices: [{ id: 'dc', officers: { 'non-detained': 3 }, cases: { nd: 100 } }],
      caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [{ name: 'check-in', time: '20 min', every: '90 days' }, { name: 'hearing', time: '2 h', perYear: 1 }] }],
    };
    await import('node:fs/promises').then((fs) => fs.writeFile(base, JSON.stringify(baseModel)));
    const out = join(scratch, 'updated.json');
    const { status, stdout } = await cli(['timestudy', ...STUDY, '--base', base, '-f', 'json', '-o', out]);
    expect(status).toBe(0);
    const { model } = JSON.parse(stdout);
    expect(model.fromStudy).toEqual(['caseTypes[0].tasks[0]', 'caseTypes[0].tasks[2]', 'collateralDuties[0]', 'collateralDuties[1]']);
    expect(model.fromBase).toEqual(['caseTypes[0].tasks[1]', 'offices[0]']);
    // The base's inputs as its file writes them.
    expect(model.model.caseTypes[0].tasks[1]).toEqual(baseModel.caseTypes[0]!.tasks[1]);
    expect(model.model.offices).toEqual(baseModel.offices);
    const updated = await loadModel(out);
    expect(updated.offices[0]!.cases).toEqual({ nd: 100 });
    expect(updated.caseTypes[0]!.tasks.map((t) => t.name)).toEqual(['check-in', 'hearing', 'travel document']);
  });

  it('counts a one-workday study as "1 workday" in the title', async () => {
    const { writeFileSync } = await import('node:fs');
    const oneDay = join(scratch, 'one-day.csv');
    writeFileSync(oneDay, 'officer,date,case_type,task,minutes,office\na,2026-03-02,nd,check-in,20,dc\n');
    const { status, stdout, stderr } = await cli(['timestudy', oneDay, '--caseloads', caseloads, '--study-workdays', '1']);
    expect(stderr).not.toContain('error');
    expect(status).toBe(0);
    expect(stdout).toContain('Time study: 1 entry, 2026-03-02 to 2026-03-02, 1 officer, 1 workday of a 260-workday year');
  });

  it('prints the rows as CSV and everything as JSON', async () => {
    const csv = (await cli(['timestudy', ...STUDY, '-f', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe('caseType,task,n,occurrences,counted,mean,median,sd,p10,p90,perCasePerYear,hoursPerCase,ci_low,ci_high,perCasePerYear_low,perCasePerYear_high');
    expect(csv[1]).toMatch(/^nd,check-in,3,4,4,22\.5,20,/);
    const json = JSON.parse((await cli(['timestudy', ...STUDY, '-f', 'json'])).stdout);
    expect(json.summary.study).toEqual({ entries: 7, officers: 2, firstDate: '2026-03-02', lastDate: '2026-03-04', studyWorkdays: 4, workdaysPerYear: 200, workdaysPerYearFrom: 'option', officerWorkdays: 260, skipped: 0 });
  });

  it('reads the log from standard input', async () => {
    const { status, stdout } = await cli(['timestudy', '-', '--caseloads', caseloads, '--study-workdays', '4', '--workdays-per-year', '200'], readFileSync(log, 'utf8'));
    expect(status).toBe(0);
    expect(stdout).toContain('Time study: 7 entries');
  });

  it('lists skipped rows and the warnings of reading on stderr, with their lines', async () => {
    const text = 'officer,date,case_type,task,minutes,notes\na,2026-03-02,nd,check-in,20,\na,2026-02-30,nd,check-in,20,\nb,2026-03-03,nd,check-in,-5,\n';
    const { status, stderr } = await cli(['timestudy', '-', '--caseloads', caseloads, '--study-workdays', '4', '--skip-invalid'], text);
    // The log has no office column and the caseloads are per office: an error at the first entry's line.
    expect(status).toBe(2);
    expect(stderr).toContain('staffing-model: <stdin>, line 3: skipped: column "date": expected an ISO date such as "2026-03-02", got "2026-02-30" (February 2026 has 28 days)\n');
    expect(stderr).toContain('staffing-model: <stdin>, line 4: skipped: column "minutes": expected minutes > 0, such as 20 or 12.5, got "-5"\n');
    expect(stderr).toContain('staffing-model: <stdin>: warning: the column "notes" is not read;');
    expect(stderr).toContain(`staffing-model: <stdin>, line 2: the entry has no office, but the caseloads of ${caseloads} are per office`);
  });

  it.each<[string[], string]>([
    [['--study-workdays', '0'], "staffing-model: option '--study-workdays <n>' argument '0' is invalid. Expected a whole number of workdays >= 1."],
    [['--workdays-per-year', '-1'], "staffing-model: option '--workdays-per-year <n>' argument '-1' is invalid. Expected a number > 0."],
    [['--study-workdays', 'four'], "staffing-model: option '--study-workdays <n>' argument 'four' is invalid. Expected a number."],
    [['--seed', '4294967296'], "staffing-model: option '--seed <s>' argument '4294967296' is invalid. Expected a whole number from 0 to 4294967295, written in digits."],
    [['--encoding', 'klingon'], 'staffing-model: --encoding: expected an encoding label such as "utf-8", "windows-1252" or "utf-16le", got "klingon"'],
  ])('refuses %j with exit 2', async (flags, message) => {
    const { status, stderr } = await cli(['timestudy', log, '--caseloads', caseloads, '--study-workdays', '4', ...flags]);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('refuses a bad row with its file, line and column, and missing inputs, with exit 2', async () => {
    const bad = await cli(['timestudy', '-', '--caseloads', caseloads, '--study-workdays', '4'], 'officer,date,case_type,task,minutes\na,2026-03-02,nd,check-in,abc\n');
    expect([bad.status, bad.stderr]).toEqual([2, 'staffing-model: <stdin>, line 2, column "minutes": expected minutes > 0, such as 20 or 12.5, got "abc"\n']);
    const noCaseloads = await cli(['timestudy', log, '--study-workdays', '4']);
    expect([noCaseloads.status, noCaseloads.stderr.split('\n')[0]]).toEqual([2, "staffing-model: required option '--caseloads <file>' not specified"]);
    const missing = await cli(['timestudy', join(scratch, 'nope.csv'), '--caseloads', caseloads, '--study-workdays', '4']);
    expect([missing.status, missing.stderr]).toEqual([2, `staffing-model: ${join(scratch, 'nope.csv')}: cannot read the file (ENOENT)\n`]);
    const twice = await cli(['timestudy', '-', '--caseloads', '-', '--study-workdays', '4'], '');
    expect(twice.status).toBe(2);
    expect(twice.stderr.split('\n')[0]).toBe('staffing-model: only one of the log, --caseloads and --base can be read from standard input (-)');
  });

  it('shows its usage and an example in --help', async () => {
    const { status, stdout } = await cli(['timestudy', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: staffing-model timestudy [options] <log>');
    expect(stdout).toContain('--study-workdays <n>');
    expect(stdout).toContain('$ staffing-model timestudy log.csv --caseloads caseloads.csv --study-workdays 20 ');
    expect(stdout).toContain('write the model the study gives (JSON)');
  });
});
