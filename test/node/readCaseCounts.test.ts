import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvInputError, readCaseCounts, type CsvParser } from '../../src/node/index.js';
import { toCsv } from '../../src/index.js';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/csv', name);
const PARSERS: CsvParser[] = ['csv-parse', 'fast'];
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

async function failure(promise: Promise<unknown>): Promise<CsvInputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CsvInputError);
    return error as CsvInputError;
  }
  throw new Error('expected a CsvInputError');
}

describe.each(PARSERS)('readCaseCounts (parser: %s)', (parser) => {
  it('counts cases per office and case type, passing over blank lines', async () => {
    // fixtures/csv/cases.csv: DC 2 ND + 1 DET, Atlanta 1 ND + 1 DET, Seattle 1 ND; a blank line.
    const result = await readCaseCounts(fixture('cases.csv'), { parser });
    expect(plain(result)).toEqual({
      counts: { 'washington-dc': { ND: 2, DET: 1 }, 'atlanta-ga': { ND: 1, DET: 1 }, 'seattle-wa': { ND: 1 } },
      rows: 6,
      skipped: [],
      skippedCount: 0,
    });
  });

  it('reads a byte-order mark and CRLF line ends', async () => {
    const result = await readCaseCounts(fixture('cases-bom-crlf.csv'), { parser });
    expect(plain(result.counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { DET: 1 } });
  });

  it('reads quoted fields: commas, doubled quotes, line breaks', async () => {
    const result = await readCaseCounts(fixture('cases-quoted.csv'), { parser });
    expect(plain(result.counts)).toEqual({ 'washington-dc': { ND: 2 }, 'atlanta-ga': { DET: 1 }, 'St. Paul, MN': { ND: 1 } });
    expect(result.rows).toBe(4);
  });

  it('maps export codes to case-type ids, and takes other columns and delimiters', async () => {
    const map = { ND: 'non-detained', DET: 'detained' };
    const result = await readCaseCounts(fixture('cases.csv'), { parser, caseTypeMap: map, caseTypes: ['non-detained', 'detained'] });
    expect(plain(result.counts)['washington-dc']).toEqual({ 'non-detained': 2, detained: 1 });
    const semicolon = await readCaseCounts(fixture('cases-semicolon.csv'), { parser, delimiter: ';' });
    expect(plain(semicolon.counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { ND: 1 } });
    const renamed = await readCaseCounts(fixture('cases.csv'), { parser, officeColumn: 'status', caseTypeColumn: 'case_type' });
    expect(plain(renamed.counts).open).toEqual({ ND: 4 });
  });

  it('stops at the first bad row with its line', async () => {
    // Line 3 has 4 fields of 5.
    const error = await failure(readCaseCounts(fixture('cases-bad.csv'), { parser }));
    expect(error.message).toBe(`${fixture('cases-bad.csv')}, line 3: expected 5 fields, found 4`);
    expect([error.line, error.reason]).toEqual([3, 'expected 5 fields, found 4']);
  });

  it('with onInvalid "skip", lists every skipped row and reads on', async () => {
    const result = await readCaseCounts(fixture('cases-bad.csv'), { parser, onInvalid: 'skip', caseTypeMap: { ND: 'nd', DET: 'det' } });
    expect(result.skipped).toEqual([
      { line: 3, reason: 'expected 5 fields, found 4' },
      { line: 4, reason: 'column "office": is empty' },
      { line: 5, reason: 'column "case_type": case type code "XX" is not in the case-type map' },
    ]);
    expect(result.skippedCount).toBe(3);
    expect(result.rows).toBe(2);
    const bounded = await readCaseCounts(fixture('cases-bad.csv'), { parser, onInvalid: 'skip', caseTypes: ['ND'], maxSkippedListed: 1 });
    // Lines 3, 4 and 5 as above, and line 6's DET, which is not among the case types.
    expect([bounded.skipped.length, bounded.skippedCount]).toEqual([1, 4]);
  });

  it.each<[string, string, object, string]>([
    ['an unknown case type', 'cases.csv', { caseTypes: ['ND'] }, 'line 4, column "case_type": unknown case type "DET" (case types: "ND")'],
    ['a code missing from the map', 'cases.csv', { caseTypeMap: { ND: 'nd' } }, 'line 4, column "case_type": case type code "DET" is not in the case-type map'],
    ['a header without the office column', 'cases.csv', { officeColumn: 'field_office' }, 'line 1: the header has no column "field_office" (columns: "office", "case_type", "case_id", "opened", "status")'],
  ])('names %s', async (_, file, options, message) => {
    expect((await failure(readCaseCounts(fixture(file), { parser, ...options }))).message).toBe(`${fixture(file)}, ${message}`);
  });

  it('takes a Node stream and an async iterable of strings or bytes', async () => {
    const fromStream = await readCaseCounts(createReadStream(fixture('cases.csv')), { parser });
    expect(fromStream.rows).toBe(6);
    async function* pieces() {
      yield 'office,case_type\nwashington-dc,N';
      yield new TextEncoder().encode('D\r\natlanta-ga,ND\n');
    }
    expect(plain((await readCaseCounts(pieces(), { parser })).counts)).toEqual({ 'washington-dc': { ND: 1 }, 'atlanta-ga': { ND: 1 } });
  });

  it('refuses a missing file, an empty input and an unclosed quote', async () => {
    expect((await failure(readCaseCounts(fixture('nope.csv'), { parser }))).message).toBe(`${fixture('nope.csv')}: cannot read the file (ENOENT)`);
    expect((await failure(readCaseCounts([''], { parser }))).message).toBe('no header line: the input is empty');
    const unclosed = await failure(readCaseCounts(['office,case_type\na,"ND\nb,ND\n'], { parser }));
    // The scanner names the line the quoted field opens on; csv-parse the line where it gave up (the end).
    expect(unclosed.line).toBe(parser === 'fast' ? 2 : 3);
  });
});

describe('the two parsers', () => {
  it('agree on any table that toCsv writes, however its fields are quoted', async () => {
    const cell = fc.oneof(fc.constantFrom('a', 'b,c', 'say "x"', 'two\nlines', 'x\r\ny', '=1+1', ''), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell.filter((s) => s !== ''), cell), { minLength: 1, maxLength: 8 }), async (rows) => {
        const csv = toCsv(rows.map(([office, kind]) => ({ office, case_type: kind === '' ? 'empty' : kind })));
        const [fast, reference] = await Promise.all(PARSERS.map((parser) => readCaseCounts([csv], { parser, onInvalid: 'skip' })));
        expect(plain(fast)).toEqual(plain(reference));
      }),
      { numRuns: 200 },
    );
  });
});
