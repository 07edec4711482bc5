/**
 * readTimeStudy and readStudyCaseloads (src/node/timeStudy/): fixtures/time-study/ and logs written
 * in the tests, through both parsers. Every expected entry is read by hand off the CSV above it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeTimeStudy } from '../../src/index.js';
import { CsvInputError, readStudyCaseloads, readTimeStudy, type CsvParser } from '../../src/node/index.js';
import { failure } from './csvFailure.js';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/time-study', name);
const PARSERS: CsvParser[] = ['fast', 'csv-parse'];
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const HEADER = 'officer,date,case_type,task,minutes';


// fixtures/time-study/log.csv, by hand: rows 2-8 of the file.
const FIXTURE_ENTRIES = [
  { officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20, office: 'dc' },
  { officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 40, office: 'dc', cases: 2 },
  { officer: 'b', date: '2026-03-03', caseType: 'nd', task: 'check-in', minutes: 30, office: 'dc' },
  { officer: 'b', date: '2026-03-03', caseType: 'nd', task: 'travel document', minutes: 120, office: 'dc' },
  { officer: 'a', date: '2026-03-03', task: 'window duty', minutes: 240, office: 'dc' },
  { officer: 'b', date: '2026-03-04', task: 'window duty', minutes: 120, office: 'dc' },
  { officer: 'b', date: '2026-03-04', task: 'training', minutes: 60, office: 'dc' },
];

describe.each(PARSERS)('readTimeStudy (parser: %s)', (parser) => {
  const read = (source: Parameters<typeof readTimeStudy>[0], options: Parameters<typeof readTimeStudy>[1] = {}) => readTimeStudy(source, { parser, ...options });

  it('finds the delimiter from the header (semicolons, and Excel\'s UTF-16 tab text), saying so; --delimiter still decides', async () => {
    const rows = ['officer;date;case_type;task;minutes', 'a;2026-03-02;nd;check-in;20', 'b;2026-03-03;;training;45'];
    const semicolons = await read([rows.join('\r\n')]);
    // Read by hand: two entries, the second non-case work (45 minutes, no case type).
    expect(semicolons.entries.map((e) => [e.officer, e.task])).toEqual([['a', 'check-in'], ['b', 'training']]);
    expect(semicolons.warnings[0]).toMatch(/^the columns are separated by semicolons \(";"\), found from the header line \(line 1\)/);
    const tabs = ['officer\tdate\tcase_type\ttask\tminutes', 'a\t2026-03-02\tnd\tcheck-in\t20'].join('\r\n');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...tabs].map((c) => c.charCodeAt(0))).buffer)]);
    const excel = await read([utf16]);
    expect(excel.entries).toEqual([{ officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20 }]);
    expect(excel.warnings[0]).toMatch(/^the columns are separated by tabs, found from the header line \(line 1\)/);
    // Given a delimiter, the header is read by it: a semicolon file read as commas has one column.
    await expect(read([rows.join('\n')], { delimiter: ',' })).rejects.toThrow(/the header has no column "officer"/);
  });

  it('reads the log as entries for summarizeTimeStudy: a blank case type is non-case work, a blank cases 1', async () => {
    const log = await read(fixture('log.csv'));
    expect(plain(log)).toEqual({
      entries: FIXTURE_ENTRIES,
      lines: [2, 3, 4, 5, 6, 7, 8],
      rows: 7,
      skipped: [],
      skippedCount: 0,
      skippedLines: 0,
      multilineRecords: { count: 0, first: [] },
      warnings: [],
    });
    // The docs' worked example: check-in is 90 min over 4 occurrences.
    const summary = summarizeTimeStudy(log.entries, { studyWorkdays: 4, caseloads: { dc: { nd: 100 } }, workdaysPerYear: 200 });
    expect(summary.tasks[0]).toMatchObject({ task: 'check-in', n: 3, occurrences: 4, mean: 22.5, perCasePerYear: 2 });
  });

  it('reads the same entries whatever the line ends, byte-order mark, encoding or header spelling', async () => {
    const text = 'Officer , DATE,Case_Type,task,minutes\na,2026-03-02,nd,check-in,20\r\nJosé,2026-03-03,,training,"7.5"\r';
    const expected = [
      { officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20 },
      { officer: 'José', date: '2026-03-03', task: 'training', minutes: 7.5 },
    ];
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const cp1252 = Buffer.from(text, 'latin1'); // é is 0xE9 in both
    const chunks = async function* () {
      const bytes = Buffer.from(`\uFEFF${text}`);
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7); // splits é and the CRLF
    };
    expect((await read([text])).entries).toEqual(expected);
    expect((await read([utf16le])).entries).toEqual(expected);
    expect((await read([cp1252], { encoding: 'windows-1252' })).entries).toEqual(expected);
    expect((await read(chunks())).entries).toEqual(expected);
    expect((await read(chunks())).lines).toEqual([2, 3]);
    // Not UTF-8 without the option: an error with the line, never a U+FFFD.
    expect((await failure(read([cp1252]))).message).toMatch(/^line 3: /);
  });

  it('names a missing column, what the header has and the likely typo', async () => {
    const error = await failure(read(['officer,date,case_type,task,minute,office\n']));
    expect(error.message).toBe(
      'line 1: the header has no column "minutes" (columns: "officer", "date", "case_type", "task", "minute", "office"; ' +
        'a time-study log needs "officer", "date", "case_type", "task", "minutes"); did you mean "minute" for "minutes"?',
    );
    expect((await failure(read(['officer,date,task\n']))).message).toMatch(/^line 1: the header has no column "case_type" or "minutes" \(columns: /);
    expect((await failure(read([`${HEADER},Minutes\n`]))).message).toBe('line 1: the header has 2 columns "minutes" (columns 5 and 6)');
    expect((await failure(read(['\n\n']))).message).toBe('no header line: the input is empty');
  });

  it('reads on past columns it does not read, with a warning for each', async () => {
    const { entries, warnings } = await read([`${HEADER},case,notes,\na,2026-03-02,nd,check-in,20,3,late,\n`]);
    expect(entries).toEqual([{ officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20 }]);
    expect(warnings).toEqual([
      'the column "case" is not read (did you mean "cases"?); a time-study log reads "officer", "date", "case_type", "task", "minutes", "office", "cases"',
      'the column "notes" is not read; a time-study log reads "officer", "date", "case_type", "task", "minutes", "office", "cases"',
      'column 8 has no name in the header and is not read',
    ]);
  });

  // Each bad row below is line 3, after a good line 2.
  it.each([
    ['a,2026-03-02,nd,check-in,abc', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "abc"'],
    ['a,2026-03-02,nd,check-in,-5', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "-5"'],
    ['a,2026-03-02,nd,check-in,0', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "0"'],
    ['a,2026-03-02,nd,check-in,', 'column "minutes": the cell is blank; every row needs its minutes'],
    ['a,2026-02-30,nd,check-in,20', 'column "date": expected an ISO date such as "2026-03-02", got "2026-02-30" (February 2026 has 28 days)'],
    ['a,03/02/2026,nd,check-in,20', 'column "date": expected an ISO date such as "2026-03-02", got "03/02/2026": write dates as YYYY-MM-DD (year, month, day); the order of day and month in "03/02/2026" is not guessed'],
    ['a,02.03.2026,nd,check-in,20', 'column "date": expected an ISO date such as "2026-03-02", got "02.03.2026": write dates as YYYY-MM-DD (year, month, day); the order of day and month in "02.03.2026" is not guessed'],
    // 1 h 30 min is 60 + 30 = 90 minutes; 90 min is 90; 45,5 with a decimal comma is 45.5.
    ['a,2026-03-02,nd,check-in,1:30', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "1:30"; for 1 h 30 min as h:mm, write the minutes: 90'],
    ['a,2026-03-02,nd,check-in,90 min', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "90 min"; the column is in minutes without a unit: write 90'],
    ['a,2026-03-02,nd,check-in,1.5 h', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "1.5 h"; the column is in minutes without a unit: write 90'],
    ['a,2026-03-02,nd,check-in,"45,5",', 'column "minutes": expected minutes > 0, such as 20 or 12.5, got "45,5"; if "45,5" has a decimal comma, write 45.5 (a point is the decimal mark, commas group thousands: 1,200)'],
    [' ,2026-03-02,nd,check-in,20', 'column "officer": the cell is blank; every row needs an officer'],
    ['a,2026-03-02,nd,,20', 'column "task": the cell is blank; every row needs a task (a case task, or non-case work such as "training")'],
    ['a,2026-03-02,nd,check-in,20,1.5', 'column "cases": expected a whole number of cases >= 1 (blank for 1), got "1.5"'],
    ['a,2026-03-02,nd,check-in,20,0', 'column "cases": expected a whole number of cases >= 1 (blank for 1), got "0"'],
    ['a,2026-03-02,nd,check-in', 'expected 6 fields, found 4'],
  ])('refuses %j with its line and column', async (bad, reason) => {
    // The table has 6 columns: a row of 5 fields gets an empty `cases`; the row of 4 stays short.
    const text = `${HEADER},cases\na,2026-03-02,nd,check-in,20,\n${bad}${bad.split(',').length === 5 ? ',' : ''}\n`;
    const error = await failure(read([text]));
    expect(error.message).toBe(reason.startsWith('column') ? `line 3, ${reason}` : `line 3: ${reason}`);
    expect(error.line).toBe(3);
    const skipped = await read([text], { onInvalid: 'skip' });
    expect(skipped.entries).toHaveLength(1);
    expect([skipped.rows, skipped.skippedCount, skipped.skippedLines]).toEqual([1, 1, 1]);
    expect(skipped.skipped).toEqual([{ line: 3, endLine: 3, reason }]);
  });

  it('warns of rows that repeat an earlier row exactly, with the count and the first five', async () => {
    // Lines 2-9: line 2 and seven repeats of it (3-9); line 10 a different row. 7 repeats, 5 listed.
    const row = 'a,2026-03-02,nd,check-in,20';
    const text = `${HEADER}\n${Array(8).fill(row).join('\n')}\na,2026-03-02,nd,check-in,25\n`;
    const log = await read([text]);
    expect(log.entries).toHaveLength(9);
    expect(log.warnings).toEqual(['7 rows repeat an earlier row exactly (line 3 repeats line 2, line 4 repeats line 2, line 5 repeats line 2, line 6 repeats line 2, line 7 repeats line 2, and 2 more): logged twice? They are all counted']);
  });

  it('with onInvalid "skip", counts every row it drops and the lines they span, and lists the first maxSkippedListed', async () => {
    // line 2 good; 3 bad minutes; 4-5 one record over two lines (a quoted line break), good;
    // 6 bad date; 7 opens a quote never closed, to the end (lines 7-8).
    const text = `${HEADER}\na,2026-03-02,nd,check-in,20\na,2026-03-02,nd,check-in,x\nb,2026-03-03,nd,"check-\nin",30\nb,2026-13-03,,training,60\nb,2026-03-04,"nd,check-in,10\nb,2026-03-04,nd,check-in,10\n`;
    const log = await read([text], { onInvalid: 'skip', maxSkippedListed: 2 });
    expect(log.entries.map((e) => e.task)).toEqual(['check-in', 'check-\nin']);
    expect(log.lines).toEqual([2, 4]);
    expect([log.rows, log.skippedCount, log.skippedLines]).toEqual([2, 3, 4]);
    expect(log.skipped.map((s) => [s.line, s.endLine])).toEqual([[3, 3], [6, 6]]);
    expect(log.multilineRecords).toEqual({ count: 1, first: [{ line: 4, endLine: 5 }] });
    expect(log.warnings).toHaveLength(1);
    expect((await failure(read([text]))).message).toBe('line 3, column "minutes": expected minutes > 0, such as 20 or 12.5, got "x"');
  });

  it('checks its source and options where they enter', async () => {
    await expect(read(null as never)).rejects.toThrow(new TypeError('readTimeStudy: source must be a file path or an (async) iterable of text or bytes, got null'));
    await expect(read([''], { onInvalid: 'drop' as never })).rejects.toThrow(new RangeError('onInvalid: expected "throw" or "skip", got the string "drop"'));
    await expect(read([''], { encoding: 'klingon' })).rejects.toThrow(RangeError);
    expect((await failure(read(fixture('missing.csv')))).message).toBe(`${fixture('missing.csv')}: cannot read the file (ENOENT)`);
  });
});

describe.each(PARSERS)('readStudyCaseloads (parser: %s)', (parser) => {
  const read = (text: string) => readStudyCaseloads([text], { parser });

  it('reads caseloads per case type, or per office and case type, as summarizeTimeStudy takes them', async () => {
    expect(plain(await readStudyCaseloads(fixture('caseloads.csv'), { parser }))).toEqual({ caseloads: { dc: { nd: 100 } }, rows: 1, warnings: [] });
    expect(plain((await read('Case_Type,Caseload\nnd,"1,200"\ndet,612.5\n')).caseloads)).toEqual({ nd: 1200, det: 612.5 });
    expect(plain((await read('office,case_type,caseload\ndc,nd,700\natl,nd,500\ndc,det,0\n')).caseloads)).toEqual({ dc: { nd: 700, det: 0 }, atl: { nd: 500 } });
  });

  it('merges rows of one office spelled two ways, and refuses the same office and case type twice naming both lines', async () => {
    // The re-trial's cl-spell.csv: "washington-dc" and "Washington-dc " are one office (officeKey), its first spelling kept.
    expect(plain((await read('office,case_type,caseload\nwashington-dc,NON-DETAINED,1000\nWashington-dc , Detained ,100\n')).caseloads))
      .toEqual({ 'washington-dc': { 'NON-DETAINED': 1000, Detained: 100 } });
    await expect(read('office,case_type,caseload\nwashington-dc,non-detained,1000\natl,nd,5\nWashington-DC , Non-Detained ,100\n'))
      .rejects.toThrow('line 4: office "Washington-DC", case type "Non-Detained" is given twice (lines 2 and 4)');
  });

  it('reads "0.500" as 0.5 (a thousands group never begins with 0) and "1.000.000" as "1,000,000" is read', async () => {
    expect(plain((await read('case_type,caseload\nnd,0.500\ndet,1.000.000\nrem,"1,000,000"\n')).caseloads)).toEqual({ nd: 0.5, det: 1000000, rem: 1000000 });
    // Not a thousands pattern, and no NaN in the message.
    await expect(read('case_type,caseload\nnd,1.000.00\n')).rejects.toThrow('line 2, column "caseload": expected a caseload >= 0, such as 1200 or 1,200, got "1.000.00"');
    await expect(read('case_type,caseload\nnd,1.000.00\n')).rejects.not.toThrow('NaN');
  });

  it.each([
    ['case_type,caseload\nnd,n/a\n', 'line 2, column "caseload": expected a caseload >= 0, such as 1200 or 1,200, got "n/a"'],
    // As readCaseCounts reads "10,156": commas group thousands; "1.000" may be 1000 or 1, so it is refused.
    ['case_type,caseload\nnd,1.000\n', 'line 2, column "caseload": "1.000" is ambiguous: 1000 with a point between thousands, or 1 with three decimals? write 1,000 or 1000 for the one, 1 for the other'],
    ['case_type,caseload\nnd,"12,5"\n', 'line 2, column "caseload": expected a caseload >= 0, such as 1200 or 1,200, got "12,5"; if "12,5" has a decimal comma, write 12.5 (a point is the decimal mark, commas group thousands: 1,200)'],
    ['case_type,caseload\nnd,-3\n', 'line 2, column "caseload": expected a caseload >= 0, such as 1200 or 1,200, got "-3"'],
    ['case_type,caseload\n,3\n', 'line 2, column "case_type": the cell is blank; every row needs a case type'],
    ['office,case_type,caseload\ndc,nd,1\n,nd,2\n', 'line 3, column "office": the cell is blank; every row needs an office (the table has an office column)'],
    ['office,case_type,caseload\ndc,nd,1\natl,nd,2\ndc,nd,3\n', 'line 4: office "dc", case type "nd" is given twice (lines 2 and 4)'],
    ['case_type,caseload\nnd,1\nnd,2\n', 'line 3: case type "nd" is given twice (lines 2 and 3)'],
    ['case_type,caseloads\nnd,1\n', 'line 1: the header has no column "caseload" (columns: "case_type", "caseloads"; a caseloads table needs "case_type", "caseload"); did you mean "caseloads" for "caseload"?'],
    ['case_type,caseload\n', 'the table has no rows: give a caseload per case type'],
  ])('refuses %j: every row counts', async (text, message) => {
    expect((await failure(read(text))).message).toBe(message);
  });
});
