/**
 * readCaseCounts on every fixture of fixtures/csv/, through both parsers. Each expected value is
 * counted by hand from the fixture, whose lines are given in the comment above it.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/index.js';
import { CsvInputError, readCaseCounts, type CsvParser, type ReadCaseCountsOptions } from '../../src/node/index.js';
import { failure } from './csvFailure.js';
import { inheritsNothing } from '../../src/internal/records.js';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/csv', name);
const PARSERS: CsvParser[] = ['fast', 'csv-parse'];
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const QUOTE_HINT = ' (quote fields with "..." and double the quotes inside)';


describe.each(PARSERS)('readCaseCounts (parser: %s)', (parser) => {
  const read = (name: string, options: ReadCaseCountsOptions = {}) => readCaseCounts(fixture(name), { parser, ...options });

  it('counts cases per office and case type, passing over blank lines', async () => {
    // cases.csv: DC 2 ND + 1 DET, Atlanta 1 ND + 1 DET, Seattle 1 ND; an empty line 6.
    expect(plain(await read('cases.csv'))).toEqual({
      counts: { 'washington-dc': { ND: 2, DET: 1 }, 'atlanta-ga': { ND: 1, DET: 1 }, 'seattle-wa': { ND: 1 } },
      rows: 6,
      cases: 6,
      skipped: [],
      skippedCount: 0,
      skippedLines: 0,
      multilineRecords: { count: 0, first: [] },
      warnings: [],
    });
  });

  it('ends lines at CR alone (issue 7: this file counted 0 cases)', async () => {
    // office,case_type,id CR dc,nd,1 CR dc,nd,2 CR atl,nd,3 CR
    const result = await read('cr-line-ends.csv');
    expect(plain(result.counts)).toEqual({ dc: { nd: 2 }, atl: { nd: 1 } });
    expect(result.rows).toBe(3);
  });

  it('reads LF, CRLF and CR mixed in one file, and counts lines across them', async () => {
    // 1 header CRLF | 2 dc,ND LF | 3 dc,ND CR | 4 atl,DET CRLF | 5 (blank) CR | 6 sea,ND LF |
    // 7-8 atl,ND,"5 CRLF x" CR | 9 dc,DET (2 fields) LF | 10 dc,DET,7 (no line end)
    const result = await read('mixed-line-ends.csv', { onInvalid: 'skip' });
    expect(plain(result.counts)).toEqual({ dc: { ND: 2, DET: 1 }, atl: { DET: 1, ND: 1 }, sea: { ND: 1 } });
    expect(result.skipped).toEqual([{ line: 9, endLine: 9, reason: 'expected 3 fields, found 2' }]);
    expect(result.multilineRecords).toEqual({ count: 1, first: [{ line: 7, endLine: 8 }] });
    expect((await failure(read('mixed-line-ends.csv'))).message).toBe(`${fixture('mixed-line-ends.csv')}, line 9: expected 3 fields, found 2`);
  });

  it("reads UTF-16 by its byte-order mark: Excel's Unicode Text (UTF-16LE, tabs) and UTF-16BE", async () => {
    // Montréal ND, Montréal DET, Zürich ND; tab-separated, CRLF.
    const le = await read('unicode-text-utf16le.txt', { delimiter: '\t' });
    expect(plain(le.counts)).toEqual({ Montréal: { ND: 1, DET: 1 }, Zürich: { ND: 1 } });
    const be = await read('utf16be.csv');
    expect(plain(be.counts)).toEqual({ Montréal: { ND: 1 }, 日本: { ND: 1 } });
  });

  it('finds the delimiter from the header line when none is given, and says so in a warning', async () => {
    // The same Unicode Text export without the option: its header has 2 tabs and no comma.
    const found = await read('unicode-text-utf16le.txt');
    expect(plain(found.counts)).toEqual({ Montréal: { ND: 1, DET: 1 }, Zürich: { ND: 1 } });
    expect(found.warnings).toEqual([
      'the columns are separated by tabs, found from the header line (line 1) as no delimiter was given; read as such (give the delimiter option, CLI --delimiter, to read it otherwise)',
    ]);
    const semicolons = await read('cases-semicolon.csv');
    expect(plain(semicolons.counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { ND: 1 } });
    expect(semicolons.warnings[0]).toMatch(/^the columns are separated by semicolons \(";"\), found from the header line \(line 1\)/);
    // A comma is found without a word; the option overrides what the header shows.
    expect((await read('cases.csv')).warnings).toEqual([]);
    const given = await readCaseCounts(['office,type;code\ndc,ND\n'], { parser, delimiter: ',', caseTypeColumn: 'type;code' }); // a tie without it
    expect(plain(given.counts)).toEqual({ dc: { ND: 1 } });
    // The header after a blank row of delimiters, with CR line ends: line 2.
    expect((await readCaseCounts(['\t\t\roffice\tcase_type\rdc\tND\r'], { parser })).warnings[0]).toContain('(line 2)');
    const tie = await failure(readCaseCounts(['office,case_type;count\ndc,ND;1\n'], { parser }));
    expect(tie.message).toBe(
      'line 1: the header has as many commas as semicolons (";") (1 comma and 1 semicolon): which separates the columns cannot be told; give the delimiter (the delimiter option; CLI --delimiter)',
    );
  });

  it('refuses bytes that are not UTF-8 with their line, and reads them in the encoding given', async () => {
    // windows-1252: 2 Toronto ND | 3 Montr\xE9al ND | 4 Montr\xE8al ND | 5 Montr\xE9al DET
    for (const onInvalid of ['throw', 'skip'] as const) {
      const error = await failure(read('cp1252-montreal.csv', { onInvalid }));
      expect(error.message).toBe(
        `${fixture('cp1252-montreal.csv')}, line 3: the file is not UTF-8 (byte E9 is not UTF-8 text); give its encoding (the encoding option; CLI --encoding), such as windows-1252`,
      );
    }
    // Never a silent U+FFFD: read as windows-1252, Montréal and Montrèal stay two offices.
    for (const encoding of ['windows-1252', 'latin1', 'cp1252']) {
      const result = await read('cp1252-montreal.csv', { encoding });
      expect(plain(result.counts)).toEqual({ Toronto: { ND: 1 }, Montréal: { ND: 1, DET: 1 }, Montrèal: { ND: 1 } });
    }
  });

  it('reports the lines an unclosed quote swallows, and counts every one of them when skipping', async () => {
    // 1 header | 2 dc,ND,1,ok | 3 dc,ND,2,"called back | 4-1004 atl,ND,n,ok: 1004 lines, no other quote.
    const error = await failure(read('unclosed-quote.csv'));
    expect(error.message).toBe(`${fixture('unclosed-quote.csv')}, lines 3-1004: a quoted field opened on line 3 is never closed`);
    expect([error.line, error.endLine]).toEqual([3, 1004]);
    const skipped = await read('unclosed-quote.csv', { onInvalid: 'skip' });
    expect(plain(skipped.counts)).toEqual({ dc: { ND: 1 } });
    expect(skipped.skipped).toEqual([{ line: 3, endLine: 1004, reason: 'a quoted field opened on line 3 is never closed' }]);
    expect([skipped.skippedCount, skipped.skippedLines]).toEqual([1, 1002]);
  });

  it('counts a record that spans lines, and reports it: a stray quote in a notes column', async () => {
    // Line 3's notes open a quote that line 8's notes close: lines 3-8 are one legal record of 4
    // fields (dc, ND, 2, "said he'd ... done"). Counted: line 2 dc ND, lines 3-8 dc ND, line 9 atl ND.
    const result = await read('stray-quote-notes.csv');
    expect(plain(result.counts)).toEqual({ dc: { ND: 2 }, atl: { ND: 1 } });
    expect(result.multilineRecords).toEqual({ count: 1, first: [{ line: 3, endLine: 8 }] });
    expect(result.warnings).toEqual([
      '1 record spans several lines (lines 3-8): a line break inside quotes is legal CSV, but in an export of one row per case a stray quote is the likelier cause',
    ]);
  });

  it('passes over rows of only delimiters, empty lines and empty quoted fields', async () => {
    // 1 ",," | 2 header | 3 ",," | 4 dc,ND,1 | 5 empty | 6 ",," | 7 "","","" | 8 atl,ND,2 | 9 ",,"
    const result = await read('blank-rows.csv');
    expect(plain(result.counts)).toEqual({ dc: { ND: 1 }, atl: { ND: 1 } });
    expect([result.rows, result.skippedCount]).toEqual([2, 0]);
  });

  it('matches header names trimmed and ignoring case', async () => {
    // " Office ,CASE_TYPE,Case_ID" and two rows dc,ND.
    expect(plain((await read('header-spaces-case.csv')).counts)).toEqual({ dc: { ND: 2 } });
    expect(plain((await read('header-spaces-case.csv', { officeColumn: 'OFFICE', caseTypeColumn: ' Case_Type' })).counts)).toEqual({ dc: { ND: 2 } });
  });

  it('adds the count column of an aggregated table, thousands separators and all', async () => {
    // 10,156 + 1,234 + 3,210 + 987 + 2,001 + 450 + 1,200 + 200 = 19,438 cases in 8 rows.
    const result = await read('aggregated.csv', { countColumn: 'cases', caseTypeMap: { ND: 'non-detained', DET: 'detained' } });
    expect(plain(result.counts)).toEqual({
      'washington-dc': { 'non-detained': 10156, detained: 1234 },
      'atlanta-ga': { 'non-detained': 3210, detained: 987 },
      'seattle-wa': { 'non-detained': 2001, detained: 450 },
      'st-paul-mn': { 'non-detained': 1200, detained: 200 },
    });
    expect([result.rows, result.cases, result.warnings]).toEqual([8, 19438, []]);
  });

  it('warns that a column named cases, count or n is not counted without countColumn', async () => {
    // Issue 7: this table of 19,438 cases counted as 8.
    const result = await read('aggregated.csv');
    expect([result.rows, result.cases]).toEqual([8, 8]);
    expect(result.warnings).toEqual([
      'the header has a column "cases" but each row was counted as one case; if each row gives a number of cases, use the countColumn option (CLI: --count-column "cases")',
    ]);
  });

  it('refuses a count that is not a whole number >= 0, naming line and column', async () => {
    // 2 dc ND 12 | 3 dc DET -3 | 4 atl ND 1.5 | 5 atl DET "10,15" | 6 sea ND (empty) | 7 sea DET "1,000"
    const expected = (text: string) => `expected a whole number of cases >= 0, such as 10156 or 10,156, got "${text}"`;
    const error = await failure(read('aggregated-bad-counts.csv', { countColumn: 'n' }));
    expect(error.message).toBe(`${fixture('aggregated-bad-counts.csv')}, line 3, column "n": ${expected('-3')}`);
    const skipped = await read('aggregated-bad-counts.csv', { countColumn: 'n', onInvalid: 'skip' });
    expect(plain(skipped.counts)).toEqual({ dc: { ND: 12 }, sea: { DET: 1000 } });
    expect(skipped.skipped.map((row) => `${row.line}: ${row.reason}`)).toEqual([
      `3: column "n": ${expected('-3')}`,
      `4: column "n": ${expected('1.5')}`,
      `5: column "n": ${expected('10,15')}`,
      `6: column "n": ${expected('')}`,
    ]);
  });

  it('names quotes out of place, with the lines of the record', async () => {
    // 2 dc,ND,1 | 3 d"c,ND,2 | 4 "dc"x,ND,3 | 5-6 dc,"ND / more"x,4 | 7 atl,ND,5
    const result = await read('quote-problems.csv', { onInvalid: 'skip' });
    expect(plain(result.counts)).toEqual({ dc: { ND: 1 }, atl: { ND: 1 } });
    expect(result.skipped).toEqual([
      { line: 3, endLine: 3, reason: `a quote inside an unquoted field${QUOTE_HINT}` },
      { line: 4, endLine: 4, reason: `text after a closing quote${QUOTE_HINT}` },
      { line: 5, endLine: 6, reason: `a quoted field opened on line 5 closes on line 6 with text after its closing quote${QUOTE_HINT}` },
    ]);
    expect([result.skippedCount, result.skippedLines]).toEqual([3, 4]);
  });

  it('reads quoted fields: delimiters, doubled quotes, line breaks', async () => {
    const result = await read('cases-quoted.csv');
    expect(plain(result.counts)).toEqual({ 'washington-dc': { ND: 2 }, 'atlanta-ga': { DET: 1 }, 'St. Paul, MN': { ND: 1 } });
    expect(result.multilineRecords).toEqual({ count: 1, first: [{ line: 4, endLine: 5 }] });
  });

  it('reads a UTF-8 byte-order mark and CRLF line ends', async () => {
    expect(plain((await read('cases-bom-crlf.csv')).counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { DET: 1 } });
  });

  it('maps export codes to case-type ids, and takes other columns and delimiters', async () => {
    const map = { ND: 'non-detained', DET: 'detained' };
    const mapped = await read('cases.csv', { caseTypeMap: map, caseTypes: ['non-detained', 'detained'] });
    expect(plain(mapped.counts)['washington-dc']).toEqual({ 'non-detained': 2, detained: 1 });
    expect(plain((await read('cases-semicolon.csv', { delimiter: ';' })).counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { ND: 1 } });
    expect(plain((await read('cases.csv', { officeColumn: 'status' })).counts).open).toEqual({ ND: 4 });
  });

  it('matches case types and map codes to the ids by matchKey (as offices match), counting under the id', async () => {
    const text = 'office,case_type\ndc, Non-Detained \ndc,NON-DETAINED\ndc,detained\u00a0 ADULT\n';
    const direct = await readCaseCounts([text], { parser, caseTypes: ['non-detained', 'Detained Adult'] });
    // " Non-Detained " and "NON-DETAINED" are non-detained: 2; "detained\u00a0 ADULT" is "Detained Adult": 1.
    expect(plain(direct.counts)).toEqual({ dc: { 'non-detained': 2, 'Detained Adult': 1 } });
    const mapped = await readCaseCounts(['office,case_type\ndc, nd \ndc,Nd\n'], { parser, caseTypeMap: { ND: 'non-detained' }, caseTypes: ['non-detained'] });
    expect(plain(mapped.counts)).toEqual({ dc: { 'non-detained': 2 } });
    await expect(readCaseCounts(['office,case_type\ndc,nd\n'], { parser, caseTypeMap: { ND: 'non-detained', ' nd': 'detained' } })).rejects.toThrow(
      'caseTypeMap: "ND" and " nd" are one code (matched trimmed and ignoring case) but map to "non-detained" and "detained"',
    );
  });

  it('stops at the first bad row with its line', async () => {
    // Line 3 has 4 fields of 5.
    const error = await failure(read('cases-bad.csv'));
    expect(error.message).toBe(`${fixture('cases-bad.csv')}, line 3: expected 5 fields, found 4`);
    expect([error.line, error.endLine, error.reason]).toEqual([3, 3, 'expected 5 fields, found 4']);
  });

  it('with onInvalid "skip", lists every skipped row and reads on', async () => {
    const result = await read('cases-bad.csv', { onInvalid: 'skip', caseTypeMap: { ND: 'nd', DET: 'det' } });
    expect(result.skipped).toEqual([
      { line: 3, endLine: 3, reason: 'expected 5 fields, found 4' },
      { line: 4, endLine: 4, reason: 'column "office": is empty' },
      { line: 5, endLine: 5, reason: 'column "case_type": case type code "XX" is not in the case-type map' },
    ]);
    expect([result.skippedCount, result.skippedLines, result.rows]).toEqual([3, 3, 2]);
    const bounded = await read('cases-bad.csv', { onInvalid: 'skip', caseTypes: ['ND'], maxSkippedListed: 1 });
    // Lines 3, 4 and 5 as above, and line 6's DET, which is not among the case types.
    expect([bounded.skipped.length, bounded.skippedCount]).toEqual([1, 4]);
  });

  it.each<[string, string, ReadCaseCountsOptions, string]>([
    ['an unknown case type', 'cases.csv', { caseTypes: ['ND'] }, 'line 4, column "case_type": unknown case type "DET" (case types: "ND")'],
    ['a code missing from the map', 'cases.csv', { caseTypeMap: { ND: 'nd' } }, 'line 4, column "case_type": case type code "DET" is not in the case-type map'],
    ['a header without the office column', 'cases.csv', { officeColumn: 'field_office' }, 'line 1: the header has no column "field_office" (columns: "office", "case_type", "case_id", "opened", "status")'],
  ])('names %s', async (_, file, options, message) => {
    expect((await failure(read(file, options))).message).toBe(`${fixture(file)}, ${message}`);
  });

  it('refuses a header with the same column twice', async () => {
    const error = await failure(readCaseCounts(['Office,office ,case_type\na,b,c\n'], { parser }));
    expect(error.message).toBe('line 1: the header has 2 columns "office" (columns 1 and 2)');
  });

  it('takes a Node stream, bytes, and an async iterable of strings or bytes, cut anywhere', async () => {
    expect((await readCaseCounts(createReadStream(fixture('cases.csv')), { parser })).rows).toBe(6);
    expect((await readCaseCounts(readFileSync(fixture('cases.csv')), { parser })).rows).toBe(6);
    async function* pieces() {
      yield 'office,case_type\nwashington-dc,N';
      yield new TextEncoder().encode('D\r');
      yield new TextEncoder().encode('\natlanta-ga,ND\r');
      yield Uint8Array.of(0x4d, 0x6f, 0x6e, 0x74, 0x72, 0xc3); // "Montr" and half of "é"
      yield Uint8Array.of(0xa9, 0x61, 0x6c, 0x2c, 0x4e, 0x44); // the other half, "al,ND"
    }
    expect(plain((await readCaseCounts(pieces(), { parser })).counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { ND: 1 }, Montréal: { ND: 1 } });
  });

  it('refuses a missing file and an empty input', async () => {
    expect((await failure(read('nope.csv'))).message).toBe(`${fixture('nope.csv')}: cannot read the file (ENOENT)`);
    expect((await failure(readCaseCounts([''], { parser }))).message).toBe('no header line: the input is empty');
    expect((await failure(readCaseCounts(['\n,,\n'], { parser }))).message).toBe('no header line: the input is empty');
  });

  it('keeps office strings as the export writes them, ids such as constructor included', async () => {
    const result = await readCaseCounts(['office,case_type\nconstructor,toString\n__proto__,ND\n Atlanta ,ND\n'], { parser });
    expect(Object.keys(result.counts)).toEqual(['constructor', '__proto__', ' Atlanta ']);
    expect(result.counts.constructor!.toString).toBe(1);
    expect(inheritsNothing(result.counts)).toBe(true);
  });
});

describe('readCaseCounts arguments', () => {
  it.each<[string, unknown, unknown, string]>([
    ['null', null, undefined, 'readCaseCounts: source must be a file path or an (async) iterable of text or bytes, got null'],
    ['a number', 42, undefined, 'readCaseCounts: source must be a file path or an (async) iterable of text or bytes, got the number 42'],
    ['null options', 'x.csv', null, 'readCaseCounts: options must be an object, got null'],
    ['a column that is not a string', 'x.csv', { officeColumn: 3 }, 'readCaseCounts: options.officeColumn must be a column name, got the number 3'],
    ['a case-type map with a number', 'x.csv', { caseTypeMap: { ND: 1 } }, 'readCaseCounts: options.caseTypeMap must be an object of export codes to case-type ids (strings), got an object'],
    ['case types as a string', 'x.csv', { caseTypes: 'nd' }, 'readCaseCounts: options.caseTypes must be an iterable of case-type ids, got the string "nd"'],
  ])('are TypeErrors naming the parameter: %s', async (_, source, options, message) => {
    await expect(readCaseCounts(source as string, options as ReadCaseCountsOptions)).rejects.toThrow(new TypeError(message));
  });

  it.each<[string, ReadCaseCountsOptions, string]>([
    ['a two-character delimiter', { delimiter: ';;' }, 'delimiter: expected one ASCII character other than a quote or a line break (such as "," ";" or "\\t"), got ";;"'],
    ['a quote as delimiter', { delimiter: '"' }, 'delimiter: expected one ASCII character other than a quote or a line break (such as "," ";" or "\\t"), got "\\""'],
    ['an unknown encoding', { encoding: 'klingon' }, 'encoding: expected an encoding label such as "utf-8", "windows-1252" or "utf-16le", got "klingon"'],
    ['an unknown onInvalid', { onInvalid: 'ignore' as 'skip' }, 'onInvalid: expected "throw" or "skip", got the string "ignore"'],
    ['an unknown parser', { parser: 'papaparse' as 'fast' }, 'parser: expected "fast" or "csv-parse", got the string "papaparse"'],
  ])('are RangeErrors naming the option: %s', async (_, options, message) => {
    await expect(readCaseCounts(fixture('cases.csv'), options)).rejects.toThrow(new RangeError(message));
  });

  it('does not mutate its options', async () => {
    const options = { caseTypeMap: { ND: 'nd', DET: 'det' }, caseTypes: ['nd', 'det'], onInvalid: 'skip' as const };
    const copy = structuredClone(options);
    await readCaseCounts(fixture('cases.csv'), options);
    expect(options).toEqual(copy);
  });
});

describe('readCaseCounts on what toCsv writes', () => {
  it('counts every row back, whatever its fields hold (both parsers)', async () => {
    // Cells with delimiters, quotes and line breaks, none blank and none that toCsv guards as a formula.
    const cell = fc
      .array(fc.constantFrom('a', 'b', 'é', ',', '"', '\n', '\r\n', ' '), { minLength: 1, maxLength: 5 })
      .map((parts) => `x${parts.join('')}`);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), async (rows) => {
        const expected: Record<string, Record<string, number>> = {};
        for (const [office, caseType] of rows) (expected[office] ??= {})[caseType] = (expected[office]![caseType] ?? 0) + 1;
        const csv = toCsv(rows.map(([office, caseType]) => ({ office, case_type: caseType })));
        for (const parser of PARSERS) {
          const result = await readCaseCounts([csv], { parser });
          expect(plain(result.counts)).toEqual(expected);
          expect(result.rows).toBe(rows.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
