import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/node/csv/detectDelimiter.js';
import { readCsv } from '../../../src/node/csv/readCsv.js';
import { CsvInputError } from '../../../src/node/index.js';

/** The first line that is not blank and its number, as the shared reader finds it, with the delimiter it detects there. */
async function detected(text: string): Promise<{ delimiter: string; line: number }> {
  let found: { delimiter: string; line: number } | undefined;
  await readCsv([text], { delimiter: undefined, parser: 'fast', encoding: 'utf-8', detected: (delimiter, line) => (found = { delimiter, line }) }, { row() {}, problem() {} });
  return found!;
}

describe('detectDelimiter', () => {
  it.each<[string, string, string]>([
    ['commas', 'office,docket,officers\na;b;c;d\n', ','],
    ['semicolons', 'office;docket;officers\n', ';'],
    ['tabs', 'office\tdocket\tofficers\n', '\t'],
    ['semicolons with commas in a quoted name', '"office, id";docket;officers\n', ';'],
    ['commas with semicolons in quoted names', '"a;b;c",docket,officers\n', ','],
    ['the header after blank rows of delimiters', ';;;\n,,,\n\noffice;docket;officers\n', ';'],
    ['more commas than semicolons', 'office,docket,note;x\n', ','],
    ['a header of one column, as a comma', 'office\n', ','],
    ['an empty text, as a comma', '', ','],
  ])('reads %s', async (_, text, delimiter) => {
    expect((await detected(text)).delimiter).toBe(delimiter);
  });

  it('finds the header after blank rows, on its line (4)', async () => {
    expect(await detected(';;;\r\n,,,\r\n\r\noffice;docket;officers\r\n')).toEqual({ delimiter: ';', line: 4 });
  });

  it('refuses a header with as many of two delimiters, naming its file and line', () => {
    let error: unknown;
    try {
      detectDelimiter('office,docket;officers', { file: 'offices.csv', line: 2 }, 'give the delimiter');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvInputError);
    expect((error as Error).message).toBe(
      'offices.csv, line 2: the header has as many commas as semicolons (";") (1 comma and 1 semicolon): which separates the columns cannot be told; give the delimiter',
    );
  });
});
