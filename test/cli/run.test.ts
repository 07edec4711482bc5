import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { run } from '../../src/cli/run.js';
import { smallModel } from '../helpers.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

function modelFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'staffing-model-')), 'model.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('staffing-model (command line)', () => {
  it('prints help and version', async () => {
    expect(await cli('--help')).toMatchObject({ status: 0, stderr: '' });
    expect((await cli('--help')).stdout).toContain('staffing-model assess MODEL');
    expect(await cli('--version')).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('assesses a model file as an aligned table', async () => {
    const { status, stdout, stderr } = await cli('assess', modelFile(smallModel()));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    const header = lines.find((line) => line.startsWith('office'))!;
    const row = lines.find((line) => line.startsWith('a '))!;
    // Right-aligned columns end where their headers end.
    expect(row.indexOf('1,040') + '1,040'.length).toBe(header.indexOf('cases') + 'cases'.length);
    expect(row).toMatch(/non-detained\s+1,040\s+5,200\s+2\.50\s+3\s+2\s+\+1\s+125%\s+520\s+4\.00\s+416\.0/);
    expect(stdout).toContain('No source given for 4 input(s): officerYear, caseTypes[0].tasks[0]');
  });

  it('writes json, csv and markdown', async () => {
    const file = modelFile(smallModel());
    const json = JSON.parse((await cli('assess', file, '--format', 'json')).stdout);
    expect(json.rows[0]).toMatchObject({ office: 'a', requiredOfficers: 2.5 });
    expect((await cli('assess', file, '--format', 'csv')).stdout.split('\r\n')[1]).toBe('a,non-detained,2080,1040,5200,2.5,3,2,1,1.25,false,520,4,416');
    expect((await cli('assess', file, '-f', 'markdown')).stdout).toContain('| a | non-detained | 1,040 |');
  });

  it('adds positions to fund with --vacancy-rate, as a decimal or a fraction', async () => {
    const file = modelFile(smallModel());
    const rows = async (rate: string) => JSON.parse((await cli('assess', file, '--format', 'json', '--vacancy-rate', rate)).stdout).rows;
    // 2.5 / (1 - 0.5) = 5 positions
    expect((await rows('0.5'))[0].positionsToFund).toBe(5);
    expect((await rows('6/19'))[0].positionsToFund).toBe(4); // 2.5 x 19/13 = 3.65 -> 4
    expect((await cli('assess', file, '--vacancy-rate', '0.2')).stdout).toContain('to fund');
  });

  it('runs the report scenario with demo', async () => {
    const { status, stdout } = await cli('demo');
    expect(status).toBe(0);
    expect(stdout).toContain('washington-dc');
    expect(stdout).toMatch(/Case hours per officer a year: 1324\.6\./);
  });

  it('allocates a headcount, places hires and shows coverage', async () => {
    const file = modelFile({
      caseTypes: [
        { id: 'nd', docket: 'nd', priority: 2, tasks: [{ name: 't', time: 1, perYear: 1 }] },
        { id: 'crim', docket: 'nd', priority: 1, tasks: [{ name: 't', time: 2, perYear: 1 }] },
      ],
      offices: [
        { id: 'a', officers: { nd: 1 }, cases: { nd: 3 * 2080 } }, // 3 officers' work
        { id: 'b', officers: { nd: 1 }, cases: { crim: 520 } }, // half an officer's work
      ],
    });
    const allocate = JSON.parse((await cli('allocate', file, '--officers', '7', '--method', 'hamilton', '-f', 'json')).stdout);
    // 7 x 3 / 3.5 = 6, 7 x 0.5 / 3.5 = 1
    expect(allocate.rows.map((row: { officers: number }) => row.officers)).toEqual([6, 1]);
    const hire = await cli('hire', file, '--hires', '2');
    expect(hire.status).toBe(0);
    expect(hire.stdout).toContain('Highest utilization: 300% before, 100% after.');
    const cover = (await cli('coverage', file, '-f', 'csv')).stdout.split('\r\n');
    expect(cover[0]).toBe('office,docket,caseType,priority,cases,coveredShare,uncoveredHours');
    // Office a: 2080 h for 6240 h of priority-2 work: a third covered, 4160 h uncovered.
    expect(cover[1]).toMatch(/^a,nd,nd,2,6240,0\.333333\d*,4160$/);
  });

  it('takes a spreadsheet folder as the model, and case counts from a CSV export', async () => {
    const fixtures = join(import.meta.dirname, '../../fixtures');
    const folder = join(fixtures, 'oig-17-51/scenario-folder');
    const fromFolder = JSON.parse((await cli('assess', folder, '-f', 'json')).stdout);
    const fromJson = JSON.parse((await cli('assess', join(fixtures, 'oig-17-51/scenario.json'), '-f', 'json')).stdout);
    expect(fromFolder.rows).toEqual(fromJson.rows);

    // fixtures/csv/cases.csv: DC 2 ND + 1 DET, Atlanta 1 ND + 1 DET, Seattle 1 ND; St. Paul has none.
    const withCases = await cli('assess', folder, '--cases', join(fixtures, 'csv/cases.csv'), '--case-type-map', join(fixtures, 'csv/case-type-map.json'), '-f', 'json');
    expect(withCases.status).toBe(0);
    const cases = JSON.parse(withCases.stdout).rows.map((row: { office: string; docket: string; cases: number }) => `${row.office}/${row.docket}=${row.cases}`);
    expect(cases).toEqual([
      'seattle-wa/non-detained=1', 'seattle-wa/detained=0', 'washington-dc/non-detained=2', 'washington-dc/detained=1',
      'st-paul-mn/non-detained=0', 'st-paul-mn/detained=0', 'atlanta-ga/non-detained=1', 'atlanta-ga/detained=1',
    ]);
    expect(withCases.stderr).toBe(`staffing-model: ${join(fixtures, 'csv/cases.csv')}: no cases for office "st-paul-mn"\n`);
  });

  it('stops at a bad case row, or skips and lists bad rows with --skip-invalid', async () => {
    const fixtures = join(import.meta.dirname, '../../fixtures');
    const args = ['assess', join(fixtures, 'oig-17-51/scenario.json'), '--cases', join(fixtures, 'csv/cases-bad.csv'), '--case-type-map', join(fixtures, 'csv/case-type-map.json')];
    const stopped = await cli(...args);
    expect([stopped.status, stopped.stderr]).toEqual([2, `staffing-model: ${join(fixtures, 'csv/cases-bad.csv')}, line 3: expected 5 fields, found 4\n`]);
    const skipped = await cli(...args, '--skip-invalid', '-f', 'csv');
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain('line 5: skipped: column "case_type": case type code "XX" is not in the case-type map');
  });

  it.each<[string, string[], RegExp]>([
    ['allocate without --officers', ['allocate', 'x.json'], /allocate needs --officers N/],
    ['a bad --officers', ['allocate', 'x.json', '--officers', '2.5'], /--officers: expected a whole number >= 0, got "2.5"/],
    ['an unknown method', ['allocate', 'x.json', '--officers', '2', '--method', 'dhondt'], /--method: expected one of huntington-hill, webster, jefferson, adams, hamilton, got "dhondt"/],
    ['hire without --hires', ['hire', 'x.json'], /hire needs --hires N/],
    ['no command', [], /no command given\nRun 'staffing-model --help' for usage\./],
    ['an unknown command', ['asess'], /unknown command "asess"/],
    ['an unknown option', ['demo', '--fromat', 'json'], /Unknown option '--fromat'/],
    ['a bad format', ['demo', '--format', 'xml'], /--format: expected one of table, json, csv, markdown, got "xml"/],
    ['a bad vacancy rate', ['demo', '--vacancy-rate', 'lots'], /--vacancy-rate: expected a number/],
    ['a vacancy rate out of range', ['demo', '--vacancy-rate', '1'], /vacancyRate must be a number in \[0, 1\), got 1/],
    ['a missing file', ['assess', '/nonexistent/model.json'], /\/nonexistent\/model\.json: cannot read the model \(ENOENT\)/],
    ['no file', ['assess'], /assess takes one model: staffing-model assess MODEL/],
    ['"constructor" as a command', ['constructor', 'x.json'], /unknown command "constructor"/],
  ])('exits 2 with a plain message for %s', async (_, argv, message) => {
    const { status, stdout, stderr } = await cli(...argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 with the issue lines for an invalid model', async () => {
    const file = modelFile({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: '3 days', perYaer: 1 }] }] });
    const { status, stderr } = await cli('assess', file);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `staffing-model: ${file}: the model has 1 problem(s):\n  caseTypes[0].tasks[0].perYaer: unknown key; did you mean "perYear"?\n`,
    );
  });

  it('exits 2 for a file that is not JSON, and reads a file with a byte-order mark', async () => {
    const bad = await cli('assess', modelFile('{ "caseTypes": ['));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/model\.json, line 1, column 17: not valid JSON: expected "," or "\]", found the end of the file\n/);
    expect((await cli('assess', modelFile(`\uFEFF${JSON.stringify(smallModel())}`))).status).toBe(0);
  });
});

describe('staffing-model warnings about spreadsheet folders', () => {
  it('prints them on stderr: a table saved with semicolons, and a table file under a name it does not read', async () => {
    const semicolons = await cli('assess', 'fixtures/folders/semicolons', '--format', 'json');
    expect(semicolons.status).toBe(0);
    expect(semicolons.stderr).toMatch(/warning: .*semicolon/);

    // offices.csv saved as Offices.txt: without the warning every office would silently have no officers.
    const folder = mkdtempSync(join(tmpdir(), 'staffing-model-folder-'));
    for (const name of ['case-types.csv', 'collateral-duties.csv', 'model.json', 'tasks.csv']) {
      writeFileSync(join(folder, name), readFileSync(join('fixtures/oig-17-51/scenario-folder', name)));
    }
    writeFileSync(join(folder, 'Offices.txt'), readFileSync('fixtures/oig-17-51/scenario-folder/offices.csv'));
    const renamed = await cli('assess', folder, '--format', 'json');
    expect(renamed.stderr).toContain('"Offices.txt" is not read; did you mean "offices.csv"?');
  });
});
