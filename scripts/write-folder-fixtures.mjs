// Writes fixtures/folders/: one small model (fixtures/folders/two-offices.json, written by hand) kept
// as a spreadsheet folder the ways spreadsheets save it, and folders with the faults docs/data.md
// describes. Run once by hand (`node scripts/write-folder-fixtures.mjs`); the files are committed and
// test/node/loadModel.test.ts reads them.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../fixtures/folders/', import.meta.url).pathname;

const modelJson = `{
  "name": "Two offices (a test model)",
  "officerYear": { "paidHours": 2080, "workdayHours": 8, "holidays": "10 workdays", "leave": "20 workdays", "training": "40 h", "adminShare": 0.1 },
  "offices": [
    { "id": "seattle-wa", "cases": { "nd": 1000, "det": 50 } },
    { "id": "washington-dc", "cases": { "nd": 2000, "det": 100 } }
  ]
}
`;

/** The tables of the model, as a spreadsheet holds them. */
const tables = {
  'case-types.csv': [
    ['id', 'docket', 'label'],
    ['nd', 'non-detained', 'Non-detained'],
    ['det', 'detained', 'Detained'],
  ],
  'tasks.csv': [
    ['case_type', 'task', 'time', 'per_year', 'every', 'share', 'source'],
    ['nd', 'check-in', '30 min', '', '1 month', '', 'assumption: monthly, 30 minutes — a round guess'],
    ['nd', 'file review', '1', '1', '', '0.5', ''],
    ['det', 'escort', '1 workday', '2', '', '', 'assumption: two trips a year; "escort" as the report uses it'],
  ],
  'offices.csv': [
    ['office', 'docket', 'officers', 'name'],
    ['seattle-wa', 'non-detained', '3', 'Seattle, WA'],
    ['seattle-wa', 'detained', '1', 'Seattle, WA'],
    ['washington-dc', 'non-detained', '4', 'Washington, DC'],
    ['washington-dc', 'detained', '1', ''],
  ],
  'collateral-duties.csv': [
    ['duty', 'time', 'office', 'per_year', 'share'],
    ['window duty', '1 workday', '', '12', ''],
    ['border detail', '10 workdays', 'washington-dc', '1', '0.5'],
  ],
};

/** A CSV field, quoted when it holds the delimiter, a quote or a line break (as spreadsheets do). */
function field(value, delimiter) {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(rows, { delimiter = ',', eol = '\n' } = {}) {
  return rows.map((row) => row.map((value) => field(value, delimiter)).join(delimiter) + eol).join('');
}

function folder(name, files) {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
}

/** The model folder with every table written by `write`, and some tables replaced. */
function variant(name, write, replaced = {}) {
  const files = { 'model.json': modelJson };
  for (const [file, rows] of Object.entries(tables)) files[file] = write(rows, file);
  folder(name, { ...files, ...replaced });
}

const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

// The same model, as spreadsheets save it: all must load to two-offices.json.
variant('two-offices', (rows) => csv(rows));
variant('semicolons', (rows) => csv(rows, { delimiter: ';' }));
variant('tabs', (rows) => csv(rows, { delimiter: '\t' }));
variant('crlf', (rows) => csv(rows, { eol: '\r\n' }));
variant('cr', (rows) => csv(rows, { eol: '\r' }));
// Excel's "Unicode Text": UTF-16 LE with a byte-order mark, tab-separated, CRLF.
variant('utf-16', (rows) => utf16le(csv(rows, { delimiter: '\t', eol: '\r\n' })));
// Header names with spaces and capitals, a UTF-8 byte-order mark, two empty columns saved at the right
// of every row, rows of only commas above the header, between rows and at the end.
variant('spreadsheet-artefacts', (rows) => {
  const [header, ...body] = rows;
  const padded = [header.map((name, i) => (i === 0 ? `${name.toUpperCase()} ` : ` ${name[0].toUpperCase()}${name.slice(1)}`)), ...body].map((row) => [...row, '', '']);
  const blank = padded[0].map(() => '');
  return `\uFEFF${csv([blank, padded[0], padded[1], blank, ...padded.slice(2), blank, blank])}`;
});
// File names as a spreadsheet may save them.
renameSync(join(root, 'spreadsheet-artefacts/offices.csv'), join(root, 'spreadsheet-artefacts/Offices.CSV'));

// Faults: each must be an error that says where.
const offices = tables['offices.csv'];
variant('office-typo', (rows) => csv(rows), {
  // Today's office id written as a spreadsheet user would: it must not become an office of its own.
  'offices.csv': csv(offices.map((row) => row.map((value) => (value === 'washington-dc' ? 'Washington-DC' : value)))),
});
variant('duplicate-column', (rows) => csv(rows), {
  'offices.csv': csv(offices.map((row, i) => [...row, i === 0 ? 'Officers' : '2'])),
});
variant('blank-officers', (rows) => csv(rows), {
  'offices.csv': csv(offices.map((row, i) => (i === 3 ? [row[0], row[1], '', row[3]] : row))),
});
variant('duty-office-typo', (rows) => csv(rows), {
  'collateral-duties.csv': csv(tables['collateral-duties.csv'].map((row) => row.map((value) => (value === 'washington-dc' ? 'washington_dc' : value)))),
});
folder('no-model', { 'notes.txt': 'Offices and officers are in offices.tsv.\n', 'offices.tsv': csv(offices, { delimiter: '\t' }) });

// Ranged estimates (issue 10): a time and times a year as ranges in their columns, every distribution;
// fixtures/folders/ranged.json, written by hand, is the same model in JSON (docs/data.md works its figures).
folder('ranged', {
  'model.json': `{
  "name": "Ranged estimates (a test model)",
  "offices": [{ "id": "dc", "officers": { "non-detained": 2 }, "cases": { "nd": 100 } }]
}
`,
  'case-types.csv': csv([
    ['id', 'docket'],
    ['nd', 'non-detained'],
  ]),
  'tasks.csv': csv([
    ['case_type', 'task', 'time', 'low', 'mode', 'high', 'dist', 'per_year', 'per_year_low', 'per_year_mode', 'per_year_high', 'per_year_dist', 'every'],
    ['nd', 'check-in', '30 min', '', '', '', '', '', '4', '6', '14', '', ''],
    ['nd', 'travel document', '', '3', '6', '15', '', '', '0.5', '1', '3', 'triangular', ''],
    ['nd', 'file review', '1', '', '', '', '', '', '2', '', '10', 'uniform', ''],
    ['nd', 'home visit', '', '1 h', '2 h', '3 h', 'triangular', '', '', '', '', '', '1 year'],
  ]),
  'collateral-duties.csv': csv([
    ['duty', 'time', 'per_year', 'per_year_low', 'per_year_mode', 'per_year_high', 'per_year_dist'],
    ['window duty', '1 workday', '', '10', '12', '20', ''],
  ]),
});
