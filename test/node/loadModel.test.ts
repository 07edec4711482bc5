import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, caseWeight, ModelError, officerYear } from '../../src/index.js';
import { CsvInputError, loadModel, type InputWarning } from '../../src/node/index.js';
import { issueLines } from '../helpers.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const folders = join(fixtures, 'folders');

/** A new temporary folder holding only `files`, or a copy of a fixture folder with `files` replacing its own. */
function folderOf(files: Record<string, string | Buffer>, copyOf?: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'staffing-model-')), 'model');
  if (copyOf) cpSync(copyOf, folder, { recursive: true });
  // An empty folder: made, not copied with a filter on the path (a clone under a path with a dot in it
  // had the filter drop the folder itself).
  else mkdirSync(folder);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);
  return folder;
}

/** The two-offices folder with `files` replaced. */
const twoOfficesWith = (files: Record<string, string>) => folderOf(files, join(folders, 'two-offices'));

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** The model and the warnings' messages. */
async function load(path: string) {
  const warnings: InputWarning[] = [];
  const model = await loadModel(path, { onWarning: (warning) => warnings.push(warning) });
  return { model, warnings: warnings.map((warning) => warning.message) };
}

const TABLE_FILES = ['case-types.csv', 'tasks.csv', 'offices.csv', 'collateral-duties.csv'];

/**
 * An expected message with `{folder}/` standing for the folder's path as given to loadModel, joined
 * with the file's name as path.join does: what a user sees (`models/ice/offices.csv, line 4, ...`).
 */
const inFolder = (folder: string, message: string) => message.replaceAll('{folder}/', `${folder}${sep}`);

describe('loadModel: models that load', () => {
  it('loads a JSON model file', async () => {
    const model = await loadModel(join(fixtures, 'oig-17-51/scenario.json'));
    expect(model.offices.map((office) => office.id)).toEqual(['seattle-wa', 'washington-dc', 'st-paul-mn', 'atlanta-ga']);
  });

  it('gives the same assessment from the spreadsheet folder as from the JSON model it mirrors', async () => {
    // fixtures/oig-17-51/scenario-folder holds scenario.json as model.json + four CSV tables.
    const fromFolder = assess(await loadModel(join(fixtures, 'oig-17-51/scenario-folder')));
    const fromJson = assess(await loadModel(join(fixtures, 'oig-17-51/scenario.json')));
    const { name: _a, ...folderResult } = fromFolder;
    const { name: _b, ...jsonResult } = fromJson;
    expect(folderResult).toEqual(jsonResult);
    expect(fromFolder.unsourced).toEqual([]);
  });

  it('reads the two-offices folder as the JSON model written beside it, with the figures worked by hand', async () => {
    const { model, warnings } = await load(join(folders, 'two-offices'));
    expect(model).toEqual(await loadModel(join(folders, 'two-offices.json')));
    expect(warnings).toEqual([]);
    const result = assess(model);
    // Officer year: 2080 - 80 (10 workdays) - 160 (20 workdays) - 40 = 1800 h; window duty 8 h x 12 = 96 h;
    // (1800 - 96) x 0.9 = 1533.6 case hours. Washington also has half of 80 h of border detail: (1800 - 96 - 40) x 0.9 = 1497.6.
    expect(result.caseHours).toBeCloseTo(1533.6, 9);
    // nd: 0.5 h x 12 a year + 1 h x 1 x 0.5 = 6.5 h; det: 8 h x 2 = 16 h.
    expect(result.weights.nd).toBeCloseTo(6.5, 9);
    expect(result.weights.det).toBeCloseTo(16, 9);
    // Seattle 6500 / 1533.6 = 4.24 -> 5 and 800 / 1533.6 = 0.52 -> 1; Washington 13000 / 1497.6 = 8.68 -> 9 and 1600 / 1497.6 = 1.07 -> 2.
    expect(result.rows.map((row) => [row.office, row.docket, row.recommendedOfficers])).toEqual([
      ['seattle-wa', 'non-detained', 5],
      ['seattle-wa', 'detained', 1],
      ['washington-dc', 'non-detained', 9],
      ['washington-dc', 'detained', 2],
    ]);
    expect(result.total.recommendedOfficers).toBe(17);
    expect(result.total.officers).toBe(9);
  });

  const separated = (name: string) => TABLE_FILES.map((file) => `{folder}/${file}, line 1: the columns are separated by ${name}, not commas; read as such`);
  it.each<[string, string, string[]]>([
    ['semicolons (a spreadsheet in a locale with a decimal comma)', 'semicolons', separated('semicolons (";")')],
    ['tabs', 'tabs', separated('tabs')],
    ['CRLF line ends', 'crlf', []],
    ['CR line ends (older Excel for Mac)', 'cr', []],
    ["Excel's Unicode Text: UTF-16 LE with a byte-order mark, tabs, CRLF", 'utf-16', separated('tabs')],
    ['blank rows, padded empty columns, header names with spaces and capitals, a BOM, Offices.CSV', 'spreadsheet-artefacts', []],
  ])('reads tables saved with %s as the same model', async (_, folder, warnings) => {
    const loaded = await load(join(folders, folder));
    expect(loaded.model).toEqual(await loadModel(join(folders, 'two-offices.json')));
    expect(loaded.warnings).toEqual(warnings.map((warning) => inFolder(join(folders, folder), warning)));
  });

  it("reads a table as Excel writes it with a sep= first line (a BOM, sep=;, CRLF): the line states the delimiter, and lines keep their numbers", async () => {
    const rows = ['office;docket;officers;name', 'seattle-wa;non-detained;3;Seattle, WA', 'seattle-wa;detained;1;Seattle, WA', 'washington-dc;non-detained;4;Washington, DC', 'washington-dc;detained;1;'];
    const excel = (lines: string[]) => `\uFEFFsep=;\r\n${lines.join('\r\n')}\r\n`;
    const loaded = await load(twoOfficesWith({ 'offices.csv': excel(rows) }));
    expect(loaded.model).toEqual(await loadModel(join(folders, 'two-offices.json')));
    expect(loaded.warnings).toEqual([]); // the file says what separates its columns: nothing was guessed
    // Line 5 of the file (the sep line is line 1): Washington's non-detained officers, left blank.
    const folder = twoOfficesWith({ 'offices.csv': excel(rows.map((row, i) => (i === 3 ? 'washington-dc;non-detained;;Washington, DC' : row))) });
    expect((await failure(loadModel(folder))).message).toBe(inFolder(folder, '{folder}/offices.csv, line 5, column "officers": the cell is blank; give a number (0 if none)'));
  });

  it('gives each warning its file, line and reason', async () => {
    const warnings: InputWarning[] = [];
    const folder = join(folders, 'semicolons');
    await loadModel(folder, { onWarning: (warning) => warnings.push(warning) });
    expect(warnings[0]).toEqual({
      file: join(folder, 'case-types.csv'),
      line: 1,
      reason: 'the columns are separated by semicolons (";"), not commas; read as such',
      message: inFolder(folder, '{folder}/case-types.csv, line 1: the columns are separated by semicolons (";"), not commas; read as such'),
    });
  });

  it('takes the delimiter that is most frequent in the header, outside quotes', async () => {
    // Two semicolons in quotes, two real commas: a comma table.
    const folder = twoOfficesWith({ 'case-types.csv': 'id,docket,"label; or name;"\nnd,non-detained,Non-detained\ndet,detained,Detained\n' });
    expect((await failure(loadModel(folder))).message).toBe(inFolder(folder, '{folder}/case-types.csv, line 1, column "label; or name;": unknown column (columns: "id", "docket", "label", "priority", "source")'));
  });

  it('accepts a top-level "$schema" string and ignores it', async () => {
    expect(await loadModel(join(fixtures, 'json/with-schema.json'))).toEqual(await loadModel(join(folders, 'two-offices.json')));
    const folder = twoOfficesWith({ 'model.json': '{ "$schema": "https://example.org/model.schema.json" }' });
    expect((await loadModel(folder)).offices.map((office) => office.id)).toEqual(['seattle-wa', 'washington-dc']);
  });

  it('makes the offices from offices.csv when model.json lists none', async () => {
    const folder = twoOfficesWith({ 'model.json': '{}' });
    const model = await loadModel(folder);
    expect(model.offices.map((office) => [office.id, office.name, office.officers])).toEqual([
      ['seattle-wa', 'Seattle, WA', { 'non-detained': 3, detained: 1 }],
      ['washington-dc', 'Washington, DC', { 'non-detained': 4, detained: 1 }],
    ]);
  });

  it('reads a folder without model.json', async () => {
    const folder = folderOf({ 'case-types.csv': 'id,docket\nnd,non-detained\n', 'tasks.csv': 'case_type,task,time,per_year\nnd,check-in,2,3\n' });
    const model = await loadModel(folder);
    expect(model.caseTypes[0]!.tasks[0]).toEqual({ name: 'check-in', time: { amount: 2, unit: 'hour' }, frequency: { perYear: 3 }, share: 1 });
  });

  it("reads tasks.csv's window column: true, yes or 1; false, no or 0 (any case); blank is the default, false", async () => {
    const tasks = 'case_type,task,time,per_year,window\nnd,a,1,1,true\nnd,b,1,1,YES\nnd,c,1,1,1\nnd,d,1,1,false\nnd,e,1,1,No\nnd,f,1,1,0\nnd,g,1,1,\n';
    const folder = folderOf({ 'case-types.csv': 'id,docket\nnd,non-detained\n', 'tasks.csv': tasks });
    const model = await loadModel(folder);
    // parseModel keeps window: true and leaves false out (the default), as for a JSON model.
    expect(model.caseTypes[0]!.tasks.map((task) => [task.name, task.window ?? false])).toEqual([
      ['a', true], ['b', true], ['c', true], ['d', false], ['e', false], ['f', false], ['g', false],
    ]);
    const bad = folderOf({ 'case-types.csv': 'id,docket\nnd,non-detained\n', 'tasks.csv': 'case_type,task,time,per_year,window\nnd,a,1,1,true\nnd,b,1,1,maybe\n' });
    expect((await failure(loadModel(bad))).message).toBe(inFolder(bad, '{folder}/tasks.csv, line 3, column "window": expected true or false (yes/no, 1/0), got "maybe"'));
    const duty = folderOf({ 'case-types.csv': 'id,docket\nnd,non-detained\n', 'collateral-duties.csv': 'duty,time,per_year,window\nx,1,1,true\n' });
    expect((await failure(loadModel(duty))).message).toContain('column "window": unknown column');
  });

  it('leaves a blank cell of an optional column out (the model default, never a 0)', async () => {
    // share blank: the task is done for every case (share 1), not for none.
    const folder = twoOfficesWith({ 'tasks.csv': 'case_type,task,time,per_year,share\nnd,check-in,2,3,\ndet,escort,8,1,0.5\n' });
    const result = assess(await loadModel(folder));
    expect(result.weights.nd).toBe(6); // 2 h x 3 x 1
    expect(result.weights.det).toBe(4); // 8 h x 1 x 0.5
  });

  it('warns of data files in the folder that are not read, naming the file it may have meant', async () => {
    const folder = twoOfficesWith({ 'office.csv': 'office,docket,officers\n', 'duties.xlsx': '', 'README.md': '' });
    const { warnings } = await load(folder);
    const tables = '(a model folder holds model.json, case-types.csv, tasks.csv, offices.csv, collateral-duties.csv)';
    expect(warnings).toEqual([`${folder}: "duties.xlsx" is not read ${tables}`, `${folder}: "office.csv" is not read; did you mean "offices.csv"? ${tables}`]);
  });

  it('does not change the files it reads', async () => {
    const folder = twoOfficesWith({});
    const model = await loadModel(folder);
    expect(await loadModel(folder)).toEqual(model);
  });
});

describe('loadModel: folders it refuses', () => {
  it.each<[string, string, string]>([
    [
      'an office id model.json does not have (it would be an office of its own, and the totals would hide it)',
      'office-typo',
      '{folder}/offices.csv, line 4, column "office": office "Washington-DC" is not in model.json; did you mean "washington-dc"? (offices: "seattle-wa", "washington-dc")',
    ],
    ['a duplicate column', 'duplicate-column', '{folder}/offices.csv, line 1, column "Officers": the column is given twice (columns 3 and 5)'],
    ['a blank cell in a numeric column', 'blank-officers', '{folder}/offices.csv, line 4, column "officers": the cell is blank; give a number (0 if none)'],
    [
      'a duty of an office the model does not have',
      'duty-office-typo',
      '{folder}/collateral-duties.csv, line 3, column "office": office "washington_dc" is not in the model; did you mean "washington-dc"? (offices: "seattle-wa", "washington-dc")',
    ],
  ])('refuses %s', async (_, folder, message) => {
    const error = await failure(loadModel(join(folders, folder)));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message).toBe(inFolder(join(folders, folder), message));
  });

  it.each([
    ['relative, with a trailing slash', 'fixtures/folders/office-typo/', 'fixtures/folders/office-typo/offices.csv'],
    ['with ./', './fixtures/folders/office-typo', './fixtures/folders/office-typo/offices.csv'],
  ])('names a table by the folder as given (%s) and its name', async (_, given, file) => {
    // From the package root, as a user in it would type the folder.
    expect(relative(process.cwd(), join(folders, 'office-typo'))).toBe('fixtures/folders/office-typo');
    expect((await failure(loadModel(given))).message).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}, line 4, column "office": `));
  });

  it('refuses a folder with neither model.json nor a table, listing what it holds', async () => {
    const folder = join(folders, 'no-model');
    expect((await failure(loadModel(folder))).message).toBe(
      `${folder}: no model here: the folder has neither model.json nor any of case-types.csv, tasks.csv, offices.csv, collateral-duties.csv (found: "notes.txt", "offices.tsv")`,
    );
    const empty = folderOf({});
    expect((await failure(loadModel(empty))).message).toMatch(/\(found: none\)$/);
  });

  it('refuses two files of one table', async () => {
    const folder = twoOfficesWith({ 'Offices.csv': 'office,docket,officers\n' });
    expect((await failure(loadModel(folder))).message).toBe(`${folder}: "Offices.csv" and "offices.csv" are both offices.csv; keep one`);
  });

  it.each<[string, Record<string, string>, string]>([
    ['an unknown column', { 'offices.csv': 'office,docket,oficers\n' }, '{folder}/offices.csv, line 1, column "oficers": unknown column; did you mean "officers"? (columns: "office", "docket", "officers", "name", "source")'],
    [
      'a header that cannot tell its delimiter',
      { 'offices.csv': ',,\noffice;docket,officers\n' },
      '{folder}/offices.csv, line 2: the header has as many commas as semicolons (";") (1 comma and 1 semicolon): which separates the columns cannot be told; quote a column name that holds a comma or semicolon',
    ],
    ['a missing column', { 'offices.csv': 'office,officers\n' }, '{folder}/offices.csv, line 1: the header has no column "docket" (columns: office, officers)'],
    ['a row short of the named columns', { 'offices.csv': 'office,docket,officers\nseattle-wa,detained\n' }, '{folder}/offices.csv, line 2: expected 3 fields, found 2'],
    [
      'a row with a field past the header',
      { 'offices.csv': 'office,docket,officers,name\nseattle-wa,detained,1,Seattle, WA\n' },
      '{folder}/offices.csv, line 2: expected 4 fields, found 5 (quote a value that holds the delimiter: "a, b")',
    ],
    ['a value under a column with no name', { 'offices.csv': 'office,docket,officers,\nseattle-wa,detained,1,x\n' }, '{folder}/offices.csv, line 2: "x" stands in column 4, which has no name in the header'],
    ['an empty table', { 'offices.csv': '' }, '{folder}/offices.csv: the file is empty: a table needs a header line'],
    [
      'a task of an unknown case type',
      { 'tasks.csv': 'case_type,task,time,per_year\nND,check-in,1,1\n' },
      '{folder}/tasks.csv, line 2, column "case_type": unknown case type "ND"; did you mean "nd"? (case types: "nd", "det")',
    ],
    [
      'officers on a docket no case type is on',
      { 'offices.csv': 'office,docket,officers\nseattle-wa,detaind,1\n' },
      '{folder}/offices.csv, line 2, column "docket": no case type is on docket "detaind"; did you mean "detained"? (dockets: "non-detained", "detained")',
    ],
    [
      'officers given twice',
      { 'offices.csv': 'office,docket,officers\nseattle-wa,detained,1\nseattle-wa,detained,2\n' },
      '{folder}/offices.csv, line 3, column "officers": the officers of office "seattle-wa" on docket "detained" are given twice (first on line 2)',
    ],
    [
      'officers model.json gives already',
      { 'model.json': '{ "offices": [{ "id": "a", "officers": { "detained": 1 } }] }', 'offices.csv': 'office,docket,officers\na,detained,2\n' },
      '{folder}/offices.csv, line 2, column "officers": the officers of office "a" on docket "detained" are given twice (first in model.json)',
    ],
    [
      'two names for one office',
      { 'offices.csv': 'office,docket,officers,name\nseattle-wa,detained,1,Seattle\nseattle-wa,non-detained,1,Seattle WA\n' },
      '{folder}/offices.csv, line 3, column "name": office "seattle-wa" has the name "Seattle" on line 2; a row may not give another',
    ],
    [
      'offices that differ only in case, made by offices.csv',
      { 'model.json': '{}', 'offices.csv': 'office,docket,officers\nwashington-dc,detained,1\nWashington-DC,non-detained,1\n' },
      '{folder}/offices.csv, line 3, column "office": office "washington-dc" on line 2 differs from "Washington-DC" only in case; write an id the same way on every row',
    ],
    ['a case type given twice', { 'case-types.csv': 'id,docket\nnd,non-detained\nnd,detained\n' }, '{folder}/case-types.csv, line 3, column "id": case type "nd" is given twice (first on line 2)'],
    [
      'a case type model.json has',
      { 'model.json': '{ "caseTypes": [{ "id": "nd", "docket": "non-detained", "tasks": [{ "name": "t", "time": 1, "perYear": 1 }] }] }' },
      '{folder}/case-types.csv, line 2, column "id": case type "nd" is given twice (first in model.json)',
    ],
    ['a blank required cell', { 'tasks.csv': 'case_type,task,time,per_year\nnd,,1,1\n' }, '{folder}/tasks.csv, line 2, column "task": the cell is blank; every row needs one'],
    ['a cell that is not a number', { 'tasks.csv': 'case_type,task,time,per_year\nnd,check-in,20 min,four\n' }, '{folder}/tasks.csv, line 2, column "per_year": expected a number, got "four"'],
    [
      'a number with a thousands separator',
      { 'offices.csv': 'office,docket,officers\nseattle-wa,detained,"1,200"\n' },
      '{folder}/offices.csv, line 2, column "officers": expected a number, got "1,200": write numbers with a decimal point and no thousands separators',
    ],
    [
      'a decimal comma in a semicolon table',
      { 'tasks.csv': 'case_type;task;time;per_year;share\nnd;check-in;1;1;0,5\n' },
      '{folder}/tasks.csv, line 2, column "share": expected a number, got "0,5": write numbers with a decimal point and no thousands separators',
    ],
    ['a hexadecimal number', { 'offices.csv': 'office,docket,officers\nseattle-wa,detained,0x10\n' }, '{folder}/offices.csv, line 2, column "officers": expected a number, got "0x10"'],
    ['model.json that is not an object', { 'model.json': '[]' }, '{folder}/model.json: expected an object: { "caseTypes": [...], ... }'],
    ['model.json that is not JSON', { 'model.json': '{\n  "name": "x",\n}' }, '{folder}/model.json, line 3, column 1: not valid JSON: expected a key in double quotes, found "}" (JSON allows no comma before a closing bracket)'],
    ['a table that is not UTF-8', { 'offices.csv': 'office,docket,officers,name\nseattle-wa,detained,1,Montr\xe9al\n' }, '{folder}/offices.csv, line 2: the file is not UTF-8 (save it as UTF-8)'],
  ])('refuses %s', async (_, files, message) => {
    const content = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, /[\x80-\xff]/.test(text) ? Buffer.from(text, 'latin1') : text]));
    const folder = folderOf(content, join(folders, 'two-offices'));
    const error = await failure(loadModel(folder));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message).toBe(inFolder(folder, message));
  });

  it('refuses a path that does not exist', async () => {
    expect((await failure(loadModel('/nonexistent/model'))).message).toBe('/nonexistent/model: cannot read the file (ENOENT)');
  });
});

describe("loadModel: the model's issues about rows say the table, line and column", () => {
  /** The issue lines of loading a folder that parseModel refuses. */
  async function issuesOf(folder: string): Promise<string[]> {
    const error = await failure(loadModel(folder));
    return issueLines(() => {
      throw error;
    });
  }

  it('names the row of a task the model refuses, and its column', async () => {
    const folder = twoOfficesWith({ 'tasks.csv': 'case_type,task,time,per_year\nnd,check-in,20 min,4\ndet,escort,3 days,1\n' });
    expect(await issuesOf(folder)).toEqual([
      inFolder(folder, 'caseTypes[1].tasks[0].time: {folder}/tasks.csv, line 3, column "time": "3 days" is a calendar unit; write officer time in workday or workweek (an escort trip of 3 days costs an officer 3 workdays, not 72 hours)'),
    ]);
  });

  it.each<[string, Record<string, string>, string]>([
    // Each issue is the model's, about a field the row filled; the message names the table's own column.
    ['"task", not the model\'s "name"', { 'tasks.csv': 'case_type,task,time,per_year\nnd,check-in,1,1\nnd,check-in,2,1\ndet,escort,8,1\n' }, 'caseTypes[0].tasks[1].name: {folder}/tasks.csv, line 3, column "task": duplicate name "check-in" (first at caseTypes[0].tasks[0])'],
    ['"duty", not "name"', { 'collateral-duties.csv': 'duty,time,per_year\nwindow duty,8,1\nwindow duty,4,2\n' }, 'collateralDuties[1].name: {folder}/collateral-duties.csv, line 3, column "duty": duplicate name "window duty" (first at collateralDuties[0])'],
    ['"office", not "id"', { 'model.json': '{}', 'offices.csv': 'office,docket,officers\n__proto__,detained,1\n', 'collateral-duties.csv': 'duty,time,per_year\nwindow duty,8,1\n' }, 'offices[0].id: {folder}/offices.csv, line 2, column "office": "__proto__" cannot be used as a key or id'],
    ['"per_year", not "perYear"', { 'tasks.csv': 'case_type,task,time,per_year\nnd,check-in,1,-1\ndet,escort,8,1\n' }, 'caseTypes[0].tasks[0].perYear: {folder}/tasks.csv, line 2, column "per_year": must be >= 0, got -1'],
    ['"officers"', { 'offices.csv': 'office,docket,officers\nseattle-wa,detained,-1\n' }, 'offices[0].officers.detained: {folder}/offices.csv, line 2, column "officers": must be >= 0, got -1'],
    ['"id" of case-types.csv', { 'case-types.csv': 'id,docket,priority\nnd,non-detained,1.5\ndet,detained,\n' }, 'caseTypes[0].priority: {folder}/case-types.csv, line 2, column "priority": must be a whole number, got 1.5'],
  ])('names the column %s', async (_, files, line) => {
    const folder = twoOfficesWith(files);
    expect(await issuesOf(folder)).toContain(inFolder(folder, line));
  });

  it('leaves the issues about model.json as parseModel gives them', async () => {
    const folder = twoOfficesWith({ 'model.json': '{ "offices": [{ "id": "seattle-wa", "cases": { "nd": 1.5 } }, { "id": "washington-dc" }] }' });
    // The office is model.json's (offices.csv only adds its officers), so the issue has no row to name.
    expect(await issuesOf(folder)).toEqual(['offices[0].cases.nd: must be a whole number, got 1.5']);
  });
});

describe('loadModel: JSON models', () => {
  it('refuses a key given twice, with its path, file, line and column (JSON.parse would keep the last silently)', async () => {
    const file = join(fixtures, 'json/duplicate-key.json');
    const error = await failure(loadModel(file));
    expect(error).toBeInstanceOf(ModelError);
    // Line 27 is Seattle's: `"cases": { "nd": 1000, "det": 50, "nd": 1200 }`; the first "nd" is at column 61, the second at 84.
    expect((error as ModelError).issues).toEqual([{ path: ['offices', 0, 'cases', 'nd'], message: `${file}, line 27, column 84: key given twice (first at line 27, column 61)` }]);
    expect(error.message).toBe(`offices[0].cases.nd: ${file}, line 27, column 84: key given twice (first at line 27, column 61)`);
  });

  it('lists every key given twice, in model.json of a folder too', async () => {
    const folder = twoOfficesWith({ 'model.json': '{\n  "name": "a",\n  "name": "b",\n  "officerYear": { "leave": 1, "training": 2, "leave": 3 }\n}\n' });
    expect(await issuesOfError(loadModel(folder))).toEqual([
      'name: {folder}/model.json, line 3, column 3: key given twice (first at line 2, column 3)',
      'officerYear.leave: {folder}/model.json, line 4, column 47: key given twice (first at line 4, column 20)',
    ].map((line) => inFolder(folder, line)));
  });

  it('gives the line and column of a syntax error', async () => {
    const file = join(fixtures, 'json/missing-comma.json');
    // Line 27 ends Seattle's object without the comma; line 28 opens Washington's at column 5.
    expect((await failure(loadModel(file))).message).toBe(`${file}, line 28, column 5: not valid JSON: expected "," between items, found "{"`);
  });

  it('refuses a file that is not UTF-8, naming the first line that is not', async () => {
    const file = join(fixtures, 'json/windows-1252.json');
    // Saved as Windows-1252: the first byte that is not UTF-8 is the dash of line 13 (0x97), before the é of line 27.
    expect((await failure(loadModel(file))).message).toBe(`${file}, line 13: the file is not UTF-8 (save it as UTF-8)`);
  });

  it('reads a UTF-16 file with its byte-order mark', async () => {
    const text = JSON.stringify({ caseTypes: [{ id: 'nd', docket: 'Montréal', tasks: [{ name: 't', time: 1, perYear: 1 }] }] });
    const folder = folderOf({ 'm.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    expect((await loadModel(join(folder, 'm.json'))).caseTypes[0]!.docket).toBe('Montréal');
  });

  it('refuses a "$schema" that is not a string, as the model does any key it does not know', async () => {
    const folder = folderOf({ 'm.json': '{ "$schema": 5 }' });
    const issues = await issuesOfError(loadModel(join(folder, 'm.json')));
    expect(issues.length).toBe(1);
    expect(issues[0]).toMatch(/^\$schema: /);
  });
});

async function issuesOfError(promise: Promise<unknown>): Promise<string[]> {
  const error = await failure(promise);
  return issueLines(() => {
    throw error;
  });
}

describe('loadModel: ranged times', () => {
  it('reads them from the low, mode, high and dist columns of tasks.csv and collateral-duties.csv', async () => {
    const model = await loadModel(twoOfficesWith({
      'tasks.csv': 'case_type,task,time,low,mode,high,dist,per_year\nnd,check-in,,10 min,20 min,1 h,,4\ndet,review,,1,,3,uniform,2\ndet,file,2,,,,,1\n',
      'collateral-duties.csv': 'duty,low,mode,high,dist,per_year\nwindow duty,1 workday,1 workday,2 workdays,triangular,12\n',
    }));
    const [nd, det] = model.caseTypes;
    expect(nd!.tasks[0]!.ranges).toEqual({ time: { dist: 'pert', low: 1 / 6, mode: 1 / 3, high: 1 } });
    expect(det!.tasks.map((task) => task.ranges)).toEqual([{ time: { dist: 'uniform', low: 1, high: 3 } }, undefined]);
    expect(model.collateralDuties[0]!.time).toEqual({ amount: 4 / 3, unit: 'workday' }); // (1 + 1 + 2) / 3
  });

  it('names the file, line and column of a range the model refuses', async () => {
    const tasks = 'case_type,task,low,mode,high,per_year\nnd,check-in,1 h,3 h,2 h,4\ndet,review,1 h,2 h,3 h,1\n';
    const folder = twoOfficesWith({ 'tasks.csv': tasks });
    const error = await failure(loadModel(folder));
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).issues.map((issue) => issue.message)).toEqual([
      inFolder(folder, '{folder}/tasks.csv, line 2, column "mode": must be between low "1 h" and high "2 h", got "3 h"'),
    ]);
  });

  it.each<[string, string, string]>([
    ['a time and a range', 'case_type,task,time,low,high,dist,per_year\nnd,check-in,1,1,2,uniform,4\n', '{folder}/tasks.csv, line 2, column "time": give time or a range (low, mode, high, dist), not both'],
    ['neither', 'case_type,task,time,low,high,per_year\nnd,check-in,,,,4\n', '{folder}/tasks.csv, line 2, column "time": the cell is blank; give a time, or low, mode and high'],
    ['a dist and no range', 'case_type,task,time,low,mode,high,dist,per_year\nnd,visit,3,,,,triangular,1\n',
      '{folder}/tasks.csv, line 2, column "dist": a distribution is given without a range; give low, mode and high (or leave dist blank)'],
    ['a per_year_dist and no range', 'case_type,task,time,per_year,per_year_dist\nnd,visit,3,1,triangular\n',
      '{folder}/tasks.csv, line 2, column "per_year_dist": a distribution is given without a range; give per_year_low, per_year_mode and per_year_high (or leave per_year_dist blank)'],
  ])('refuses a task row with %s', async (_, tasks, message) => {
    const folder = twoOfficesWith({ 'tasks.csv': tasks });
    const error = await failure(loadModel(folder));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message).toBe(inFolder(folder, message));
  });
});

describe('loadModel: decimal commas and dist case in ranged times', () => {
  it.each<[string, string, string]>([
    ['a bound', 'sep=;\ncase_type;task;low;mode;high;per_year\nnd;check-in;1,0;2;3;4\ndet;review;1;2;3;1\n', 'column "low": "1,0" is not a number with a unit: write numbers with a decimal point and no thousands separators'],
    ['a time with a unit', 'sep=;\ncase_type;task;time;per_year\nnd;check-in;1,5 h;4\ndet;review;1;1\n', 'column "time": "1,5 h" is not a number with a unit: write numbers with a decimal point and no thousands separators'],
  ])('gives the decimal-comma hint for %s', async (_, tasks, message) => {
    const folder = twoOfficesWith({ 'tasks.csv': tasks });
    const error = await failure(loadModel(folder));
    expect((error as ModelError).issues.map((issue) => issue.message)).toEqual([inFolder(folder, `{folder}/tasks.csv, line 3, ${message}`)]);
  });

  it('reads dist in any case, as lower case', async () => {
    const model = await loadModel(twoOfficesWith({
      'tasks.csv': 'case_type,task,low,mode,high,dist,per_year_low,per_year_high,per_year_dist\nnd,check-in,1,2,3,PERT,1,3,Uniform\ndet,review,1,2,3,Triangular,1,3,uniform\n',
    }));
    expect(model.caseTypes[0]!.tasks[0]!.ranges).toEqual({ time: { dist: 'pert', low: 1, mode: 2, high: 3 }, perYear: { dist: 'uniform', low: 1, high: 3 } });
    expect(model.caseTypes[1]!.tasks[0]!.ranges!.time!.dist).toBe('triangular');
  });
});

describe('loadModel: ranged times a year (per_year_low, per_year_mode, per_year_high, per_year_dist)', () => {
  it('reads fixtures/folders/ranged as the same model as ranged.json, the JSON written by hand, with the means worked by hand', async () => {
    const model = await loadModel(join(folders, 'ranged'));
    expect(model).toEqual(await loadModel(join(folders, 'ranged.json')));
    const [checkIn, travel, review, visit] = model.caseTypes[0]!.tasks;
    // PERT (low + 4 mode + high) / 6: (4 + 24 + 14) / 6 = 7 times a year.
    expect(checkIn!.frequency).toEqual({ perYear: 7 });
    expect(checkIn!.ranges).toEqual({ perYear: { dist: 'pert', low: 4, mode: 6, high: 14 } });
    // Time PERT (3 + 24 + 15) / 6 = 7 h; times a year triangular (0.5 + 1 + 3) / 3 = 1.5.
    expect([travel!.time, travel!.frequency]).toEqual([{ amount: 7, unit: 'hour' }, { perYear: 1.5 }]);
    // Uniform (2 + 10) / 2 = 6 times a year; a ranged time with every: triangular (1 + 2 + 3) / 3 = 2 h.
    expect([review!.frequency, review!.ranges]).toEqual([{ perYear: 6 }, { perYear: { dist: 'uniform', low: 2, high: 10 } }]);
    expect([visit!.time, visit!.ranges]).toEqual([{ amount: 2, unit: 'hour' }, { time: { dist: 'triangular', low: 1, mode: 2, high: 3 } }]);
    // Case weight: 0.5 h x 7 + 7 h x 1.5 + 1 h x 6 + 2 h x 1 = 3.5 + 10.5 + 6 + 2 = 22 h.
    expect(caseWeight(model, 'nd')).toBe(22);
    // Window duty: 1 workday (8 h) x PERT (10 + 48 + 20) / 6 = 13 times a year = 104 h; case hours 2080 - 104 = 1976.
    expect(officerYear(model).collateralHours).toBe(104);
    // 100 cases x 22 h over 1976 h an officer.
    expect(assess(model).total.requiredOfficers).toBeCloseTo(2200 / 1976, 12);
  });

  // The two-offices folder with tasks.csv's first row (line 2) as given, and an escort for its other case type.
  const HEADER = 'case_type,task,time,per_year_low,per_year_mode,per_year_high,per_year_dist,per_year,every';
  const withTasks = (row: string) => twoOfficesWith({ 'tasks.csv': `${HEADER}\n${row}\ndet,escort,8,,,,,1,\n` });

  it.each<[string, string, string]>([
    ['per_year and a range', 'nd,check-in,1,1,2,3,,4,', '{folder}/tasks.csv, line 2, column "per_year": give per_year or a range (per_year_low, per_year_mode, per_year_high, per_year_dist), not both'],
    ['a bound that is not a number', 'nd,check-in,1,four,6,14,,,', '{folder}/tasks.csv, line 2, column "per_year_low": expected a number, got "four"'],
    ['a bound with a decimal comma', 'nd,check-in,1,"0,5",1,3,,,', '{folder}/tasks.csv, line 2, column "per_year_low": expected a number, got "0,5": write numbers with a decimal point and no thousands separators'],
  ])('refuses a task row with %s, at its column', async (_, row, message) => {
    const folder = withTasks(row);
    const error = await failure(loadModel(folder));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message).toBe(inFolder(folder, message));
  });

  it.each<[string, string, string]>([
    ['a mode outside low and high', 'nd,check-in,1,3,2,4,,,', 'caseTypes[0].tasks[0].perYear.mode: {folder}/tasks.csv, line 2, column "per_year_mode": must be between low 3 and high 4, got 2'],
    ['high left blank', 'nd,check-in,1,3,4,,,,', 'caseTypes[0].tasks[0].perYear.high: {folder}/tasks.csv, line 2, column "per_year_high": is required'],
    ['an unknown dist', 'nd,check-in,1,3,4,5,beta,,', 'caseTypes[0].tasks[0].perYear.dist: {folder}/tasks.csv, line 2, column "per_year_dist": must be one of "pert", "triangular", "uniform", got the string "beta"'],
    [
      'a mode in a uniform range',
      'nd,check-in,1,3,4,5,uniform,,',
      'caseTypes[0].tasks[0].perYear.mode: {folder}/tasks.csv, line 2, column "per_year_mode": a uniform range takes low and high only: remove mode, or give dist "pert" or "triangular"',
    ],
    ['a range and every', 'nd,check-in,1,3,4,5,,,90 days', 'caseTypes[0].tasks[0].every: {folder}/tasks.csv, line 2, column "every": give perYear or every, not both'],
  ])('names the column of a ranged per_year the model refuses: %s', async (_, row, line) => {
    const folder = withTasks(row);
    expect(await issuesOfError(loadModel(folder))).toEqual([inFolder(folder, line)]);
  });

  it("names a collateral duty's column too, an office's duty included", async () => {
    const folder = twoOfficesWith({
      'collateral-duties.csv': 'duty,time,office,per_year_low,per_year_mode,per_year_high\nwindow duty,8,,10,12,20\nborder detail,80,washington-dc,1,3,2\n',
    });
    expect(await issuesOfError(loadModel(folder))).toEqual([
      inFolder(folder, 'offices[1].collateralDuties[0].perYear.mode: {folder}/collateral-duties.csv, line 3, column "per_year_mode": must be between low 1 and high 2, got 3'),
    ]);
  });
});
