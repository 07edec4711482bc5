/**
 * The --cases flags end to end (src/cli/cases.ts through run), against the report scenario's four
 * offices: seattle-wa "Seattle, WA", washington-dc "Washington, DC", st-paul-mn "St. Paul, MN",
 * atlanta-ga "Atlanta, GA"; case types non-detained and detained.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCountOptions, reportCaseCounts } from '../../src/cli/cases.js';
import { run } from '../../src/cli/run.js';
import { parseModel } from '../../src/index.js';
import { smallModel } from '../helpers.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const csv = (name: string) => join(fixtures, 'csv', name);
const scenario = join(fixtures, 'oig-17-51/scenario.json');
const CODES = ['--case-type-map', csv('case-type-map.json')];

/** A file of `content` in a new temporary folder. */
function tempFile(name: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'staffing-model-cases-')), name);
  writeFileSync(file, content);
  return file;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** `office/docket=cases` for every row of an assessment printed as JSON. */
const cases = (stdout: string) =>
  JSON.parse(stdout).rows.map((row: { office: string; docket: string; cases: number }) => `${row.office}/${row.docket}=${row.cases}`);

describe('--cases and its flags', () => {
  it('matches office strings by id and name, maps the rest with --office-map, and reports what it did not count', async () => {
    // office-strings.csv, ND unless said: washington-dc | " WASHINGTON-DC " | "Washington, DC" DET |
    // "washington, dc" | Wash. D.C. (mapped) | "Atlanta, GA" | Atlanta ND, Atlanta DET, Nowhere: not counted.
    const { status, stdout, stderr } = await cli('assess', scenario, '--cases', csv('office-strings.csv'), ...CODES, '--office-map', csv('office-map.json'), '-f', 'json');
    expect(status).toBe(0);
    expect(cases(stdout)).toEqual([
      'seattle-wa/non-detained=0', 'seattle-wa/detained=0', 'washington-dc/non-detained=4', 'washington-dc/detained=1',
      'st-paul-mn/non-detained=0', 'st-paul-mn/detained=0', 'atlanta-ga/non-detained=1', 'atlanta-ga/detained=0',
    ]);
    const where = `staffing-model: ${csv('office-strings.csv')}`;
    expect(stderr).toBe(
      [
        // By hand: Atlanta ND and Atlanta DET are 2 cases, Nowhere ND 1; 2 offices, 2 + 1 = 3 cases.
        `${where}: office "Atlanta" is not in the model: 2 cases not counted`,
        `${where}: office "Nowhere" is not in the model: 1 case not counted`,
        `${where}: 2 offices not in the model: 3 cases not counted in all; map their names to office ids with --office-map FILE`,
        `${where}: no cases for office "seattle-wa"`,
        `${where}: no cases for office "st-paul-mn"`,
        '',
      ].join('\n'),
    );
  });

  it('stops with exit 2 when no row matches an office (issue 7: an all-zero assessment, exit 0)', async () => {
    const { status, stdout, stderr } = await cli('assess', scenario, '--cases', csv('no-office-matches.csv'), ...CODES);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `staffing-model: ${csv('no-office-matches.csv')}: no row matches an office of the model (offices in the export: "WDC" (1 case), "ATL" (1 case); ` +
        'in the model: "seattle-wa", "washington-dc", "st-paul-mn", "atlanta-ga"); an office matches by its id or name, or map export names to ids with --office-map FILE\n',
    );
  });

  it('adds --count-column, and warns when a count column goes unused', async () => {
    // aggregated.csv: DC 10,156 ND + 1,234 DET, Atlanta 3,210 + 987, Seattle 2,001 + 450, St. Paul 1,200 + 200.
    const counted = await cli('assess', scenario, '--cases', csv('aggregated.csv'), ...CODES, '--count-column', 'cases', '-f', 'json');
    expect([counted.status, counted.stderr]).toEqual([0, '']);
    expect(cases(counted.stdout)).toEqual([
      'seattle-wa/non-detained=2001', 'seattle-wa/detained=450', 'washington-dc/non-detained=10156', 'washington-dc/detained=1234',
      'st-paul-mn/non-detained=1200', 'st-paul-mn/detained=200', 'atlanta-ga/non-detained=3210', 'atlanta-ga/detained=987',
    ]);
    const rowsOnly = await cli('assess', scenario, '--cases', csv('aggregated.csv'), ...CODES, '-f', 'json');
    expect(rowsOnly.stderr).toBe(
      `staffing-model: ${csv('aggregated.csv')}: warning: the header has a column "cases" but each row was counted as one case; ` +
        'if each row gives a number of cases, use --count-column "cases"\n',
    );
  });

  it('reads --encoding, and refuses bytes that are not UTF-8 without it', async () => {
    const notUtf8 = await cli('assess', scenario, '--cases', csv('cp1252-montreal.csv'), ...CODES);
    expect([notUtf8.status, notUtf8.stderr]).toEqual([
      2,
      `staffing-model: ${csv('cp1252-montreal.csv')}, line 3: the file is not UTF-8 (byte E9 is not UTF-8 text); give its encoding (--encoding), such as windows-1252\n`,
    ]);
    // Read as windows-1252, Montréal and Montrèal stay apart (and match no office of the scenario).
    const read = await cli('assess', scenario, '--cases', csv('cp1252-montreal.csv'), '--encoding', 'windows-1252', '--case-type-map', csv('case-type-map.json'));
    expect(read.status).toBe(2);
    expect(read.stderr).toContain('(offices in the export: "Toronto" (1 case), "Montréal" (2 cases), "Montrèal" (1 case);');
  });

  it('takes --delimiter tab, --office-column and --case-type-column', async () => {
    const tabs = await cli('assess', scenario, '--cases', csv('unicode-text-utf16le.txt'), '--delimiter', 'tab', ...CODES);
    expect(tabs.stderr).toContain('(offices in the export: "Montréal" (2 cases), "Zürich" (1 case);');
    // Without --delimiter the tabs are found from the header line, and stderr says so.
    const found = await cli('assess', scenario, '--cases', csv('unicode-text-utf16le.txt'), ...CODES);
    expect(found.stderr).toContain('(offices in the export: "Montréal" (2 cases), "Zürich" (1 case);');
    expect(found.stderr).toContain(`staffing-model: ${csv('unicode-text-utf16le.txt')}: warning: the columns are separated by tabs, found from the header line (line 1)`);
    const columns = await cli('assess', scenario, '--cases', csv('cases.csv'), ...CODES, '--office-column', 'OFFICE', '--case-type-column', ' Case_Type', '-f', 'json');
    const plain = await cli('assess', scenario, '--cases', csv('cases.csv'), ...CODES, '-f', 'json');
    expect(columns.stdout).toBe(plain.stdout);
  });

  it("reads Excel's sep= first line as the delimiter, and refuses a --delimiter that disagrees with it", async () => {
    // excel-sep-line.csv: BOM, "sep=;", CRLF; line 6 is a field short (test/node/csv/sepLine.test.ts reads it by hand).
    const file = csv('excel-sep-line.csv');
    const read = await cli('assess', scenario, '--cases', file, ...CODES, '--skip-invalid', '-f', 'json');
    expect(read.status).toBe(0);
    expect(cases(read.stdout)).toEqual([
      'seattle-wa/non-detained=1', 'seattle-wa/detained=0', 'washington-dc/non-detained=1', 'washington-dc/detained=1',
      'st-paul-mn/non-detained=0', 'st-paul-mn/detained=0', 'atlanta-ga/non-detained=1', 'atlanta-ga/detained=0',
    ]);
    expect(read.stderr.split('\n')[0]).toBe(`staffing-model: ${file}, line 6: skipped: expected 3 fields, found 2`);
    expect(read.stderr).not.toContain('found from the header line');
    const disagrees = await cli('assess', scenario, '--cases', file, ...CODES, '--delimiter', ',');
    expect([disagrees.status, disagrees.stderr]).toEqual([
      2,
      `staffing-model: ${file}, line 1: the file's first line "sep=;" says the columns are separated by semicolons (";"), but the delimiter given is ","; ` +
        'give the delimiter ";" or none (--delimiter), or remove the line\n',
    ]);
  });

  it('lists skipped records with their lines, and warns of records that span lines', async () => {
    const map = ['--office-map', csv('short-office-map.json'), ...CODES];
    const unclosed = await cli('assess', scenario, '--cases', csv('unclosed-quote.csv'), ...map, '--skip-invalid', '-f', 'json');
    const where = `staffing-model: ${csv('unclosed-quote.csv')}`;
    expect(unclosed.status).toBe(0);
    expect(unclosed.stderr.split('\n').slice(0, 2)).toEqual([
      `${where}, lines 3-1004: skipped: a quoted field opened on line 3 is never closed`,
      `${where}: 1 row skipped, 1,002 lines in all`,
    ]);
    const stopped = await cli('assess', scenario, '--cases', csv('unclosed-quote.csv'), ...map);
    expect([stopped.status, stopped.stderr]).toEqual([2, `${where}, lines 3-1004: a quoted field opened on line 3 is never closed\n`]);
    const stray = await cli('assess', scenario, '--cases', csv('stray-quote-notes.csv'), ...map, '-f', 'json');
    expect(stray.stderr.split('\n')[0]).toBe(
      `staffing-model: ${csv('stray-quote-notes.csv')}: warning: 1 record spans several lines (lines 3-8): a line break inside quotes is legal CSV, ` +
        'but in an export of one row per case a stray quote is the likelier cause',
    );
  });

  it('blames a map that names an office or case type the model does not have on the map file, at the key, with the nearest id', async () => {
    const offices = tempFile('offices.json', '{\n  "Wash. D.C.": "washington-dcc"\n}\n');
    const bad = await cli('assess', scenario, '--cases', csv('office-strings.csv'), ...CODES, '--office-map', offices);
    expect([bad.status, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toBe(
      `staffing-model: ${offices}, line 2, column 17: "Wash. D.C." maps to office "washington-dcc", which the model does not have; ` +
        'did you mean "washington-dc"? (offices: "seattle-wa", "washington-dc", "st-paul-mn", "atlanta-ga")\n',
    );
    const codes = tempFile('codes.json', '{ "ND": "non-detained",\n  "DET": "detaned" }');
    const badType = await cli('assess', scenario, '--cases', csv('office-strings.csv'), '--case-type-map', codes);
    expect(badType.status).toBe(2);
    expect(badType.stderr).toBe(
      `staffing-model: ${codes}, line 2, column 10: "DET" maps to case type "detaned", which the model does not have; did you mean "detained"? (case types: "non-detained", "detained")\n`,
    );
    const notText = tempFile('codes.json', '{ "ND": 1 }');
    expect((await cli('assess', scenario, '--cases', csv('office-strings.csv'), '--case-type-map', notText)).stderr).toBe(
      `staffing-model: ${notText}, line 1, column 9: "ND" maps to 1; expected an id (a string), such as { "ND": "non-detained" }\n`,
    );
  });

  it('matches case types as it matches offices: trimmed, case-folded, inner white space one space', async () => {
    const export_ = tempFile('cases.csv', 'office,case_type\n"Washington,\u00a0 DC", Non-Detained \nWASHINGTON-DC,DETAINED\nseattle-wa,non-detained\n');
    const { status, stdout } = await cli('assess', scenario, '--cases', export_, '-f', 'json');
    expect(status).toBe(0);
    expect(cases(stdout)).toEqual([
      'seattle-wa/non-detained=1', 'seattle-wa/detained=0', 'washington-dc/non-detained=1', 'washington-dc/detained=1',
      'st-paul-mn/non-detained=0', 'st-paul-mn/detained=0', 'atlanta-ga/non-detained=0', 'atlanta-ga/detained=0',
    ]);
  });

  it('reads map files as model files: syntax errors and keys given twice with line and column, UTF-16 with its mark', async () => {
    const trailing = tempFile('offices.json', '{\n  "Wash. D.C.": "washington-dc",\n}\n');
    expect((await cli('assess', scenario, '--cases', csv('office-strings.csv'), ...CODES, '--office-map', trailing)).stderr).toBe(
      `staffing-model: ${trailing}, line 3, column 1: not valid JSON: expected a key in double quotes, found "}" (JSON allows no comma before a closing bracket)\n`,
    );
    const twice = tempFile('codes.json', '{ "ND": "non-detained",\r\n  "ND": "detained" }');
    expect((await cli('assess', scenario, '--cases', csv('office-strings.csv'), '--case-type-map', twice)).stderr).toBe(`staffing-model: ${twice}, line 2, column 3: "ND" is given twice\n`);
    const utf16 = tempFile('codes.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "ND": "non-detained", "DET": "detained" }', 'utf16le')]));
    expect((await cli('assess', scenario, '--cases', csv('office-strings.csv'), '--case-type-map', utf16, '--office-map', csv('office-map.json'))).status).toBe(0);
  });

  it.each<[string, string[], string]>([
    ['a flag without --cases', ['--office-map', 'x.json'], 'staffing-model: --office-map goes with --cases'],
    ['a two-character delimiter', ['--cases', 'x.csv', '--delimiter', ';;'], 'staffing-model: --delimiter: expected one ASCII character other than a quote or a line break'],
    ['an unknown encoding', ['--cases', 'x.csv', '--encoding', 'klingon'], 'staffing-model: --encoding: expected an encoding label such as "utf-8", "windows-1252" or "utf-16le", got "klingon"'],
    ['an office map that is not JSON', ['--cases', 'x.csv', '--office-map', csv('cases.csv')], `staffing-model: ${csv('cases.csv')}, line 1, column 1: not valid JSON`],
  ])('refuses %s with exit 2', async (_, flags, message) => {
    const { status, stderr } = await cli('assess', scenario, ...flags);
    expect(status).toBe(2);
    expect(stderr.startsWith(message)).toBe(true);
  });
});

describe('caseCountOptions and reportCaseCounts (the plain functions behind the flags)', () => {
  it('maps the flags to readCaseCounts options', () => {
    const model = parseModel(smallModel());
    expect(caseCountOptions(model, {})).toEqual({ caseTypes: ['nd'], onInvalid: 'throw' });
    expect(
      caseCountOptions(model, { skipInvalid: true, delimiter: 'tab', encoding: 'latin1', officeColumn: 'o', caseTypeColumn: 't', countColumn: 'n' }, { ND: 'nd' }),
    ).toEqual({ caseTypes: ['nd'], onInvalid: 'skip', caseTypeMap: { ND: 'nd' }, delimiter: '\t', encoding: 'windows-1252', officeColumn: 'o', caseTypeColumn: 't', countColumn: 'n' });
  });

  it('words one office not in the model as its sum is worded for several, and says how to map it', () => {
    let stderr = '';
    const read = { counts: {}, rows: 2, cases: 2, skippedCount: 0, skippedLines: 0, warnings: [], multilineRecords: { count: 0, first: [] }, skipped: [] };
    const merged = {
      model: {} as never, matches: [{ office: 'a', officeId: 'a', by: 'id' as const }], officesNotInModel: [{ office: 'Atlanta', cases: 1 }],
      officesWithoutCounts: [], casesCounted: 1, casesNotCounted: 1,
    };
    reportCaseCounts('x.csv', read, merged, (text) => (stderr += text));
    expect(stderr).toBe('staffing-model: x.csv: office "Atlanta" is not in the model: 1 case not counted\nstaffing-model: x.csv: map its name to an office id with --office-map FILE\n');
  });

  it('says how many rows and lines were skipped past the ones listed', () => {
    let stderr = '';
    const read = {
      counts: {}, rows: 5, cases: 5, skippedCount: 3, skippedLines: 7, warnings: [], multilineRecords: { count: 0, first: [] },
      skipped: [{ line: 4, endLine: 8, reason: 'a quoted field opened on line 4 is never closed' }],
    };
    const merged = { model: {} as never, matches: [{ office: 'a', officeId: 'a', by: 'id' as const }], officesNotInModel: [], officesWithoutCounts: [], casesCounted: 5, casesNotCounted: 0 };
    reportCaseCounts('x.csv', read, merged, (text) => (stderr += text));
    expect(stderr).toBe(
      'staffing-model: x.csv, lines 4-8: skipped: a quoted field opened on line 4 is never closed\n' +
        'staffing-model: x.csv: 2 more rows skipped\n' +
        'staffing-model: x.csv: 3 rows skipped, 7 lines in all\n',
    );
  });
});
