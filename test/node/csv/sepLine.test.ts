/**
 * Excel's `sep=;` first line, which states the delimiter: honoured by the shared reader
 * (readRecords.ts), so by case exports (Node and browser), time-study logs and model folders alike,
 * through both parsers, with the lines after it keeping their numbers in the file.
 *
 * fixtures/csv/excel-sep-line.csv, as Excel writes it (a UTF-8 byte-order mark, CRLF):
 *   line 1  sep=;
 *   line 2  office;case_type;notes (date, officer, remark)    <- 2 semicolons, 2 commas: no delimiter can be told from it
 *   line 3  washington-dc;ND;2016-03-01, a, first visit
 *   line 4  washington-dc;DET;
 *   line 5  atlanta-ga;ND;none
 *   line 6  atlanta-ga;DET                                     <- a field short
 *   line 7  seattle-wa;ND;"x; y"
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseCounts as readInBrowser } from '../../../src/csv/index.js';
import { statedDelimiter } from '../../../src/node/csv/detectDelimiter.js';
import { readCaseCounts, readTimeStudy, type CsvParser } from '../../../src/node/index.js';
import { failure } from '../csvFailure.js';

const root = join(import.meta.dirname, '../../..');
const file = join(root, 'fixtures/csv/excel-sep-line.csv');
const bytes = new Uint8Array(readFileSync(file));
const PARSERS: CsvParser[] = ['fast', 'csv-parse'];

/** What the fixture holds, read by hand off the lines above. */
const EXPECTED = {
  counts: { 'washington-dc': { ND: 1, DET: 1 }, 'atlanta-ga': { ND: 1 }, 'seattle-wa': { ND: 1 } },
  rows: 4,
  skipped: [{ line: 6, endLine: 6, reason: 'expected 3 fields, found 2' }],
  warnings: [],
};

describe('statedDelimiter', () => {
  it.each<[string, string | undefined]>([
    ['sep=;', ';'],
    ['sep=,', ','],
    ['sep=\t', '\t'],
    ['sep=|', '|'],
    ['SEP=;', ';'],
    ['office;sep=;', undefined],
    ['separator;x', undefined],
  ])('reads %j as %j', (line, delimiter) => {
    expect(statedDelimiter(line)).toBe(delimiter);
  });

  it.each([
    ['sep=', '"sep="'],
    ['sep=;;', '"sep=;;"'],
    ['sep="', '"sep=\\""'],
    ['sep=; ', '"sep=; "'],
    ['sep=;office;case_type', '"sep=;offic"...'],
  ])('refuses %j, which names no one delimiter', (line, quoted) => {
    expect(() => statedDelimiter(line)).toThrow(`line 1: ${quoted} is not a delimiter line: Excel's first line names one character, such as sep=; or sep=,`);
  });
});

describe.each(PARSERS)('a sep= first line (parser: %s)', (parser) => {
  it('gives the delimiter of a case export, and the lines after it keep their numbers', async () => {
    const read = await readCaseCounts(file, { parser, onInvalid: 'skip' });
    expect(read).toMatchObject(EXPECTED);
    // Without the line, the header cannot tell: the sep line is what is read.
    const withoutIt = new TextDecoder().decode(bytes).replace('sep=;\r\n', '');
    expect((await failure(readCaseCounts([withoutIt], { parser }))).message).toBe(
      'line 1: the header has as many commas as semicolons (";") (2 commas and 2 semicolons): which separates the columns cannot be told; give the delimiter (the delimiter option; CLI --delimiter)',
    );
  });

  it('stops at a bad row on its line in the file, not in what follows the sep line', async () => {
    expect((await failure(readCaseCounts(file, { parser }))).message).toBe(`${file}, line 6: expected 3 fields, found 2`);
  });

  it('reads the same wherever the input is cut into chunks (inside the sep line, between its CR and LF)', async () => {
    for (let cut = 1; cut < 16; cut++) {
      const read = await readCaseCounts([bytes.subarray(0, cut), bytes.subarray(cut)], { parser, onInvalid: 'skip' });
      expect(read).toMatchObject(EXPECTED);
    }
  });

  it('takes a delimiter given that agrees, and refuses one that does not', async () => {
    expect(await readCaseCounts(file, { parser, delimiter: ';', onInvalid: 'skip' })).toMatchObject(EXPECTED);
    expect((await failure(readCaseCounts(file, { parser, delimiter: ',' }))).message).toBe(
      `${file}, line 1: the file's first line "sep=;" says the columns are separated by semicolons (";"), but the delimiter given is ","; ` +
        'give the delimiter ";" or none (the delimiter option; CLI --delimiter), or remove the line',
    );
  });

  it('reads a sep line of any delimiter: tabs in UTF-16 (Excel\'s Unicode text), pipes, CR line ends', async () => {
    const tabs = 'sep=\t\r\noffice\tcase_type\r\ndc\tND\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...tabs].map((c) => c.charCodeAt(0))).buffer)]);
    expect((await readCaseCounts([utf16], { parser })).counts).toEqual({ dc: { ND: 1 } });
    expect((await readCaseCounts(['sep=|\roffice|case_type\rdc|ND\rdc\r'], { parser, onInvalid: 'skip' })).skipped).toEqual([
      { line: 4, endLine: 4, reason: 'expected 2 fields, found 1' },
    ]);
  });

  it('decides on a long first line by its first 16 bytes, however the input is cut and whatever follows them', async () => {
    // Found by the parser-paths property test: a line starting "sep=" with no line break and a byte that is not
    // UTF-8 at its end. A reader that saw the bad byte before deciding gave the encoding error; one that did not, this.
    const line = new Uint8Array([...new TextEncoder().encode('sep=,"uncloseda"unclosed'), 0x80]);
    for (let cut = 0; cut <= line.length; cut++) {
      const error = await failure(readCaseCounts([line.subarray(0, cut), line.subarray(cut)], { parser, delimiter: ',' }));
      expect(error.message).toBe('line 1: "sep=,\\"uncl"... is not a delimiter line: Excel\'s first line names one character, such as sep=; or sep=,');
    }
    // A bad byte within those 16 bytes is what the reader reports.
    const early = new Uint8Array([...new TextEncoder().encode('sep=,'), 0x80, 0x0a]);
    expect((await failure(readCaseCounts([early], { parser }))).message).toMatch(/^line 1: the file is not UTF-8 \(byte 80 is not UTF-8 text\)/);
  });

  it('honours it in a time-study log, with lines as in the file', async () => {
    const log = '\uFEFFsep=;\r\nofficer;date;case_type;task;minutes\r\na;2026-03-02;nd;check-in;20\r\nb;2026-03-03;nd;check-in\r\n';
    const read = await readTimeStudy([log], { parser, onInvalid: 'skip' });
    expect(read.entries).toEqual([{ officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20 }]);
    expect(read.lines).toEqual([3]);
    expect(read.skipped).toEqual([{ line: 4, endLine: 4, reason: 'expected 5 fields, found 4' }]);
    expect(read.warnings).toEqual([]);
  });

  it('reads only the first line as a sep line: later, or after a blank line, it is data', async () => {
    // Excel reads it on the first line only. Here the header is line 2, "sep=;": a column "sep=" and one without a name.
    expect((await failure(readCaseCounts(['\r\nsep=;\r\noffice;case_type\r\n'], { parser, delimiter: ';' }))).message).toBe(
      'line 2: the header has no column "office" (columns: "sep=", "")',
    );
  });
});

describe('a sep= first line in a browser (staffing-model/csv)', () => {
  it('reads the fixture from a File as the Node reader does from the file', async () => {
    const read = await readInBrowser(new File([bytes], 'excel-sep-line.csv'), { onInvalid: 'skip' });
    expect(read).toMatchObject(EXPECTED);
  });
});
