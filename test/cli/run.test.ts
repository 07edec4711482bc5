import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { run } from '../../src/cli/run.js';
import { smallModel } from '../helpers.js';

/** Runs the command line on `argv`, with `stdin` as standard input. */
async function cliWithInput(stdin: string | Uint8Array, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: Readable.from([stdin]),
  });
  return { status, stdout, stderr };
}

const cli = (...argv: string[]) => cliWithInput('', ...argv);
const fixtures = join(import.meta.dirname, '../../fixtures');
const scenarioFile = join(fixtures, 'oig-17-51/scenario.json');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'staffing-model-'));
}

function modelFile(content: unknown): string {
  const file = join(tempDir(), 'model.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('staffing-model (command line)', () => {
  it('prints help and the version', async () => {
    const help = await cli('--help');
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/Usage: staffing-model \[options\] \[command\]/);
    for (const command of ['assess', 'allocate', 'hire', 'coverage', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(await cli('-V')).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    expect(await cli('--version')).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it.each([
    ['assess', ['Usage: staffing-model assess [options] <model>', '--vacancy-rate <rate>', '--cases <file>', '--office-map <file>', '$ staffing-model assess model.json']],
    ['allocate', ['Usage: staffing-model allocate [options] <model>', '--officers <n>', '--method <method>', '$ staffing-model allocate model.json --officers 55']],
    ['hire', ['Usage: staffing-model hire [options] <model>', '--hires <n>', '$ staffing-model hire model.json --hires 20']],
    ['coverage', ['Usage: staffing-model coverage [options] <model>', '-o, --output <file>', '$ staffing-model coverage model.json']],
    ['demo', ['Usage: staffing-model demo [options]', '-f, --format <format>', '$ staffing-model demo']],
  ])('prints the usage, options and examples of %s with COMMAND --help and help COMMAND', async (command, lines) => {
    const help = await cli(command, '--help');
    expect(help).toMatchObject({ status: 0, stderr: '' });
    for (const line of lines) expect(help.stdout).toContain(line);
    expect(help.stdout).toContain('Examples:');
    expect((await cli('help', command)).stdout).toBe(help.stdout);
  });

  it('lists only the options a command takes', async () => {
    expect((await cli('coverage', '--help')).stdout).not.toContain('--officers');
    expect((await cli('demo', '--help')).stdout).not.toContain('--cases');
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
    expect(stdout).toContain('No source given for 4 inputs: officerYear, caseTypes[0].tasks[0]');
  });

  it('writes json, csv and markdown; markdown keeps the notes the table prints', async () => {
    const file = modelFile(smallModel());
    const json = JSON.parse((await cli('assess', file, '--format', 'json')).stdout);
    expect(json.rows[0]).toMatchObject({ office: 'a', requiredOfficers: 2.5 });
    expect((await cli('assess', file, '--format', 'csv')).stdout.split('\r\n')[1]).toBe('a,non-detained,2080,1040,5200,2.5,3,2,1,1.25,false,520,4,416');
    const markdown = (await cli('assess', file, '-f', 'markdown')).stdout;
    expect(markdown).toContain('| a | non-detained | 1,040 |');
    // smallModel has no source anywhere: the officer year, its two tasks and its office.
    expect(markdown).toMatch(/\|\n\nNo source given for 4 inputs: officerYear, caseTypes\[0\]\.tasks\[0\], caseTypes\[0\]\.tasks\[1\], offices\[0\]\n$/);
  });

  it('lists the first 20 unsourced inputs and counts the rest, so a large model prints a readable note', async () => {
    // smallModel with 24 offices: the officer year, 2 tasks and 24 offices have no source, 27 inputs in all.
    const model = smallModel();
    model.offices = Array.from({ length: 24 }, (_, i) => ({ id: `o${i}`, officers: { 'non-detained': 2 }, cases: { nd: 1040 } }));
    const { status, stdout } = await cli('assess', modelFile(model));
    expect(status).toBe(0);
    // Listed: officerYear, the 2 tasks and offices[0] to offices[16] (20 paths); not listed: offices[17] to offices[23] (7).
    expect(stdout).toContain('No source given for 27 inputs: officerYear, caseTypes[0].tasks[0], caseTypes[0].tasks[1], offices[0], ');
    expect(stdout).toContain(`offices[16] and 7 more (every path is in --format json's "unsourced")`);
    expect(stdout).not.toContain('offices[17]');
    const json = JSON.parse((await cli('assess', modelFile(model), '--format', 'json')).stdout);
    expect(json.unsourced).toHaveLength(27);
  });

  it('writes to a file with -o, in the format its extension names unless --format says otherwise', async () => {
    const dir = tempDir();
    const model = modelFile(smallModel());
    for (const [name, start] of [['out.csv', 'office,docket,'], ['out.json', '{'], ['out.md', '## Staffing assessment'], ['out.txt', 'Staffing assessment\n']] as const) {
      expect(await cli('assess', model, '-o', join(dir, name))).toEqual({ status: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(dir, name), 'utf8').startsWith(start), name).toBe(true);
    }
    await cli('assess', model, '--output', join(dir, 'rows.txt'), '--format', 'csv');
    expect(readFileSync(join(dir, 'rows.txt'), 'utf8')).toBe((await cli('assess', model, '-f', 'csv')).stdout);
    expect((await cli('assess', model, '-o', '-', '-f', 'json')).stdout).toMatch(/^\{/);
  });

  it('reads the model, or the --cases export, from standard input with -', async () => {
    const fromStdin = await cliWithInput(JSON.stringify(smallModel()), 'assess', '-', '-f', 'csv');
    expect(fromStdin).toEqual(await cli('assess', modelFile(smallModel()), '-f', 'csv'));
    // Bytes, with a byte-order mark, are read as UTF-8 too.
    const bom = await cliWithInput(new TextEncoder().encode(`\uFEFF${JSON.stringify(smallModel())}`), 'assess', '-', '-f', 'csv');
    expect(bom.stdout).toBe(fromStdin.stdout);

    const cases = readFileSync(join(fixtures, 'csv/cases.csv'));
    const map = join(fixtures, 'csv/case-type-map.json');
    const viaStdin = await cliWithInput(cases, 'assess', scenarioFile, '--cases', '-', '--case-type-map', map, '-f', 'csv');
    const viaFile = await cli('assess', scenarioFile, '--cases', join(fixtures, 'csv/cases.csv'), '--case-type-map', map, '-f', 'csv');
    expect(viaStdin.status).toBe(0);
    expect(viaStdin.stdout).toBe(viaFile.stdout);
    expect(viaStdin.stderr).toBe('staffing-model: <stdin>: no cases for office "st-paul-mn"\n');
  });

  it('names standard input in the problems it has', async () => {
    expect(await cliWithInput('{ "caseTypes": [', 'assess', '-')).toMatchObject({ status: 2, stdout: '' });
    expect((await cliWithInput('{ "caseTypes": [', 'assess', '-')).stderr).toBe(
      'staffing-model: <stdin>, line 1, column 17: not valid JSON: expected "," or "]", found the end of the file\n',
    );
    // A key given twice is reported, as in a model file, not decided silently.
    expect((await cliWithInput('{ "name": "a", "name": "b" }', 'assess', '-')).stderr).toBe(
      'staffing-model: <stdin>: the model has 1 problem:\n  name: <stdin>, line 1, column 16: key given twice (first at line 1, column 3)\n',
    );
    expect((await cliWithInput(JSON.stringify({ offices: 5 }), 'assess', '-')).stderr).toBe(
      'staffing-model: <stdin>: the model has 1 problem:\n  offices: expected an array, got 5\n',
    );
    expect(await cliWithInput(new Uint8Array([0x7b, 0xff, 0x7d]), 'assess', '-')).toMatchObject({
      status: 2,
      stderr: 'staffing-model: <stdin>, line 1: the file is not UTF-8 (save it as UTF-8)\n',
    });
    const badCases = await cliWithInput('office,case_type\nwashington-dc\n', 'assess', scenarioFile, '--cases', '-');
    expect(badCases).toMatchObject({ status: 2, stderr: 'staffing-model: <stdin>, line 2: expected 2 fields, found 1\n' });
  });

  it("prints the warnings of a model folder's reading on stderr", async () => {
    const folder = join(tempDir(), 'model');
    cpSync(join(fixtures, 'oig-17-51/scenario-folder'), folder, { recursive: true });
    writeFileSync(join(folder, 'ofices.csv'), 'office,docket,officers\n');
    const { status, stderr } = await cli('assess', folder, '-f', 'csv');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^staffing-model: warning: .*model: "ofices\.csv" is not read; did you mean "offices\.csv"\?/);
  });

  it('reads the map files of --cases strictly: a key given twice, text that is not JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'twice.json'), '{ "ND": "non-detained",\n  "ND": "detained" }');
    writeFileSync(join(dir, 'broken.json'), '{ "ND": ');
    const args = (map: string) => ['assess', scenarioFile, '--cases', join(fixtures, 'csv/cases.csv'), '--case-type-map', join(dir, map)];
    expect(await cli(...args('twice.json'))).toMatchObject({ status: 2, stderr: `staffing-model: ${join(dir, 'twice.json')}, line 2, column 3: "ND" is given twice\n` });
    expect((await cli(...args('broken.json'))).stderr).toMatch(/^staffing-model: .*broken\.json, line 1, column 9: not valid JSON: /);
  });

  it('takes the column names and delimiter of an export', async () => {
    const dir = tempDir();
    // Two cases in Washington and one in Atlanta, with their own column names, separated by tabs.
    writeFileSync(join(dir, 'export.tsv'), 'Field Office\tType\nwashington-dc\tnd\nwashington-dc\tnd\natlanta-ga\tnd\n');
    writeFileSync(join(dir, 'model.json'), JSON.stringify({
      caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [{ name: 't', time: 1, perYear: 1 }] }],
      offices: [{ id: 'washington-dc' }, { id: 'atlanta-ga' }],
    }));
    const args = ['assess', join(dir, 'model.json'), '--cases', join(dir, 'export.tsv'), '--delimiter', 'tab', '--office-column', 'Field Office', '--case-type-column', 'Type', '-f', 'json'];
    const { status, stdout } = await cli(...args);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).rows.map((row: { cases: number }) => row.cases)).toEqual([2, 1]);
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
    // The summary is the library's correctly rounded total: 4160 h in office a, none in b (520 x 2 h = 1040 h <= 2080 h).
    expect((await cli('coverage', file)).stdout).toContain('Case hours needed and not available: 4,160 a year.');
  });

  it('says a model without offices has no office x docket to receive hires, exit 2', async () => {
    // The model {} (it said every office x docket was at its cap).
    const hire = await cli('hire', modelFile({}), '--hires', '3');
    expect([hire.status, hire.stdout]).toEqual([2, '']);
    expect(hire.stderr).toContain('3 hires cannot be placed: there is no office x docket to receive them');
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
    ['allocate without --officers', ['allocate', 'x.json'], /^staffing-model: required option '--officers <n>' not specified\n/],
    ['a bad --officers', ['allocate', 'x.json', '--officers', '2.5'], /option '--officers <n>' argument '2\.5' is invalid\. Expected a whole number >= 0, written in digits\./],
    ['an unknown method', ['allocate', 'x.json', '--officers', '2', '--method', 'dhondt'], /option '--method <method>' argument 'dhondt' is invalid\. Allowed choices are huntington-hill, webster, jefferson, adams, hamilton\./],
    ['hire without --hires', ['hire', 'x.json'], /required option '--hires <n>' not specified/],
    ['no command', [], /^staffing-model: no command given\nRun 'staffing-model --help' \(or 'staffing-model COMMAND --help'\) for usage\.\n$/],
    ['an unknown command', ['asess'], /unknown command 'asess'\n\(Did you mean assess\?\)/],
    ['an unknown option', ['demo', '--fromat', 'json'], /unknown option '--fromat'\n\(Did you mean --format\?\)/],
    ['an option of another command', ['coverage', 'x.json', '--officers', '5'], /^staffing-model: unknown option '--officers'\n/],
    ['--cases for the demo', ['demo', '--cases', 'x.csv'], /^staffing-model: unknown option '--cases'\n/],
    ['a file for the demo', ['demo', 'x.json'], /too many arguments for 'demo'/],
    ['a bad format', ['demo', '--format', 'xml'], /option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are table, json, csv, markdown\./],
    ['an output file of no known format', ['demo', '-o', 'out.xlsx'], /--output out\.xlsx: cannot tell the format from the extension "\.xlsx"; add --format/],
    ['a bad vacancy rate', ['demo', '--vacancy-rate', 'lots'], /option '--vacancy-rate <rate>' argument 'lots' is invalid\. Expected a share in \[0, 1\)/],
    ['a vacancy rate out of range', ['demo', '--vacancy-rate', '1'], /option '--vacancy-rate <rate>' argument '1' is invalid\. Expected a share in \[0, 1\)/],
    ['a missing file', ['assess', '/nonexistent/model.json'], /^staffing-model: \/nonexistent\/model\.json: cannot read the file \(ENOENT\)\n$/],
    ['no file', ['assess'], /missing required argument 'model'/],
    ['two files', ['assess', 'a.json', 'b.json'], /too many arguments for 'assess'/],
    ['"constructor" as a command', ['constructor', 'x.json'], /unknown command 'constructor'/],
    ['a --cases option without --cases', ['assess', 'x.json', '--case-type-map', 'map.json'], /^staffing-model: --case-type-map goes with --cases\n/],
    ['a delimiter of two characters', ['assess', scenarioFile, '--cases', 'c.csv', '--delimiter', ';;'], /^staffing-model: --delimiter: expected one ASCII character other than a quote or a line break/],
    ['both inputs from standard input', ['assess', '-', '--cases', '-'], /^staffing-model: the model and --cases cannot both be read from standard input \(-\)\n/],
    ['a library limit, in the words of the flags', ['allocate', join(fixtures, 'oig-17-51/scenario.json'), '--officers', '3'], /^staffing-model: 3 officers are fewer than the 8 office x docket rows with work; huntington-hill gives each at least one: choose another method or more officers\n/],
  ])('exits 2 with a plain message for %s', async (_, argv, message) => {
    const { status, stdout, stderr } = await cli(...argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reads choice options in any case, and lists the choices of a value it does not know', async () => {
    const lower = await cli('allocate', scenarioFile, '--officers', '40', '--method', 'webster', '-f', 'json');
    const mixed = await cli('allocate', scenarioFile, '--officers', '40', '--method', 'Webster', '-f', 'JSON');
    expect(mixed).toEqual(lower);
    expect(mixed.status).toBe(0);
    expect((await cli('allocate', scenarioFile, '--officers', '40', '--method', 'WEBSTER')).stdout).toMatch(/^40 officers allocated by workload \(webster\)\n/);
    const wrong = await cli('allocate', scenarioFile, '--officers', '40', '--method', 'Websterr');
    expect([wrong.status, wrong.stderr]).toEqual([
      2,
      "staffing-model: option '--method <method>' argument 'Websterr' is invalid. Allowed choices are huntington-hill, webster, jefferson, adams, hamilton.\n" +
        "Run 'staffing-model --help' (or 'staffing-model COMMAND --help') for usage.\n",
    ]);
  });

  it('ends every usage error with the same line', async () => {
    const hint = "\nRun 'staffing-model --help' (or 'staffing-model COMMAND --help') for usage.\n";
    // commander's errors, and the command line's own (a UsageError).
    for (const argv of [['asess'], ['demo', '--fromat', 'json'], ['allocate', scenarioFile, '--officers', '3'], []]) {
      const { status, stderr } = await cli(...argv);
      expect(status, argv.join(' ')).toBe(2);
      expect(stderr.endsWith(hint), stderr).toBe(true);
    }
  });

  it('says "cannot read" for a file it cannot read: a folder where a file belongs, a file in the way of a folder, no permission', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    const cases = ['assess', scenarioFile, '--cases'];
    expect(await cli(...cases, join(dir, 'folder'))).toMatchObject({ status: 2, stderr: `staffing-model: ${join(dir, 'folder')}: cannot read the file (EISDIR)\n` });
    expect(await cli(...cases, join(fixtures, 'csv/cases.csv'), '--case-type-map', join(dir, 'folder'))).toMatchObject({
      status: 2,
      stderr: `staffing-model: ${join(dir, 'folder')}: cannot read the file (EISDIR)\n`,
    });
    writeFileSync(join(dir, 'file'), '{}');
    expect(await cli('assess', join(dir, 'file/model.json'))).toMatchObject({ status: 2, stderr: `staffing-model: ${join(dir, 'file/model.json')}: cannot read the file (ENOTDIR)\n` });
    const locked = modelFile(smallModel());
    chmodSync(locked, 0o000);
    // root reads any file: the permission check is for everyone else.
    if (process.getuid?.() !== 0) {
      expect(await cli('assess', locked)).toMatchObject({ status: 2, stderr: `staffing-model: ${locked}: cannot read the file (EACCES)\n` });
    }
  });

  it('exits 2 with the issue lines for an invalid model', async () => {
    const file = modelFile({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: '3 days', perYaer: 1 }] }] });
    const { status, stderr } = await cli('assess', file);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `staffing-model: ${file}: the model has 1 problem:\n  caseTypes[0].tasks[0].perYaer: unknown key; did you mean "perYear"?\n`,
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
    const semicolons = await cli('assess', join(fixtures, 'folders/semicolons'), '--format', 'json');
    expect(semicolons.status).toBe(0);
    expect(semicolons.stderr).toMatch(/^staffing-model: warning: .*semicolon/);

    // offices.csv saved as Offices.txt: without the warning every office would silently have no officers.
    const folder = tempDir();
    for (const name of ['case-types.csv', 'collateral-duties.csv', 'model.json', 'tasks.csv']) {
      writeFileSync(join(folder, name), readFileSync(join(fixtures, 'oig-17-51/scenario-folder', name)));
    }
    writeFileSync(join(folder, 'Offices.txt'), readFileSync(join(fixtures, 'oig-17-51/scenario-folder/offices.csv')));
    const renamed = await cli('assess', folder, '--format', 'json');
    expect(renamed.stderr).toContain('"Offices.txt" is not read; did you mean "offices.csv"?');
  });
});
