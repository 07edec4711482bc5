/** The timestudy command on inputs of a new-user trial (issue 11's follow-up), each worked out by hand. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const scratch = mkdtempSync(join(tmpdir(), 'timestudy-checks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BASE = join(import.meta.dirname, '../../fixtures/oig-17-51/scenario.json');
const HEADER = 'officer,date,case_type,task,minutes,office';
const DAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** n rows of 20-minute check-ins by officer a over 10 workdays, in `office`. */
const rows = (n: number, office: string) => Array.from({ length: n }, (_, i) => `a,2026-03-${DAYS[i % 10]},non-detained,check-in,20,${office}`);

describe('timestudy on the trial inputs', () => {
  it('counts only the entries of offices with a caseload in the frequency: 10 / 100 x 260 / 20 = 1.3, not 13', async () => {
    const log = file('office-mismatch.csv', [HEADER, ...rows(10, 'dc'), ...rows(90, 'Wash DC')].join('\n'));
    const caseloads = file('caseloads-dc.csv', 'office,case_type,caseload\ndc,non-detained,100\n');
    const { status, stdout, stderr } = await cli(['timestudy', log, '--caseloads', caseloads, '--study-workdays', '20', '-f', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).summary.tasks[0].perCasePerYear).toBeCloseTo(1.3, 12);
    expect(stderr).toContain('office "Wash DC" has 90 entries but no caseloads; they are left out of every frequency');
  });

  it('matches "Washington-DC" and "Non-Detained" to the caseloads\' "washington-dc" and "non-detained": 1.3, not 1.95', async () => {
    const log = file('case.csv', [HEADER, ...rows(10, 'Washington-DC').map((r) => r.replace('non-detained', 'Non-Detained'))].join('\n'));
    const caseloads = file('caseloads-case.csv', 'office,case_type,caseload\nwashington-dc,non-detained,100\n');
    const { status, stdout } = await cli(['timestudy', log, '--caseloads', caseloads, '--study-workdays', '20', '-f', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).summary.tasks[0].perCasePerYear).toBeCloseTo(1.3, 12);
  });

  it.each([
    [['--study-workdays', '4'], '--study-workdays is 4, but officer "a" logged on 10 distinct dates: give the workdays the study ran (at least 10)'],
    [['--study-workdays', '2.5'], "option '--study-workdays <n>' argument '2.5' is invalid. Expected a whole number of workdays >= 1."],
    [['--study-workdays', '20', '-o', join(scratch, 'x.csv')], `--output ${join(scratch, 'x.csv')}: timestudy writes a model, as JSON; give a file ending in .json`],
  ])('refuses %j with exit 2', async (flags, message) => {
    const log = file('ten.csv', [HEADER, ...rows(10, 'dc')].join('\n'));
    const caseloads = file('cl.csv', 'case_type,caseload\nnon-detained,100\n');
    const { status, stderr } = await cli(['timestudy', log, '--caseloads', caseloads, ...flags]);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('shows skipped rows in the title, summary.study and every source', async () => {
    const log = file('skip.csv', [HEADER, ...rows(10, 'dc'), 'a,2026-03-02,non-detained,check-in,-5,dc'].join('\n'));
    const caseloads = file('cl2.csv', 'case_type,caseload\nnon-detained,100\n');
    const out = join(scratch, 'skip.json');
    const flags = [log, '--caseloads', caseloads, '--study-workdays', '20', '--skip-invalid'];
    const table = await cli(['timestudy', ...flags, '-o', out]);
    expect(table.stdout).toContain('Time study: 10 entries (1 row skipped), 2026-03-02 to 2026-03-13, 1 officer');
    expect(table.stderr).toContain("note: the model has no offices (use --base to keep the base's offices)");
    expect(JSON.parse(readFileSync(out, 'utf8')).caseTypes[0].tasks[0].source).toBe('time study: 10 entries (1 row skipped), 2026-03-02 to 2026-03-13, 1 officer');
    expect(JSON.parse((await cli(['timestudy', ...flags, '-f', 'json'])).stdout).summary.study.skipped).toBe(1);
  });

  it('prints the summary of a study whose model does not load, and blames the non-case hours and --study-workdays', async () => {
    // 10 h of window duty on the one study day: 10 h x 220 / 1 = 2,200 h a year, against the base's
    // 2080 - 80 - 200 - 40 = 1,760 available hours.
    const log = file('long.csv', [HEADER, 'a,2026-03-02,non-detained,check-in,20,washington-dc', 'a,2026-03-02,,window duty,600,washington-dc'].join('\n'));
    const caseloads = file('cl3.csv', 'case_type,caseload\nnon-detained,100\n');
    const { status, stdout, stderr } = await cli(['timestudy', log, '--caseloads', caseloads, '--study-workdays', '1', '--base', BASE]);
    expect(status).toBe(2);
    expect(stdout).toContain('Time study: 2 entries, 2026-03-02 to 2026-03-02, 1 officer');
    expect(stderr).toContain("the study's non-case hours exceed the officer year's available hours: window duty 2,200 h per officer year (2,200 h in all) against 1,760 h");
    expect(stderr).toContain('/ --study-workdays 1');
  });
});
