import { describe, expect, it } from 'vitest';
import { detectDelimiter, headerLineOf } from '../../../src/node/csv/detectDelimiter.js';
import { CsvInputError } from '../../../src/node/index.js';

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
  ])('reads %s', (_, text, delimiter) => {
    const { header, line } = headerLineOf(text);
    expect(detectDelimiter(header, { line }, '')).toBe(delimiter);
  });

  it('refuses a header with as many of two delimiters, naming its file and line', () => {
    const { header, line } = headerLineOf(',,\noffice,docket;officers\n');
    expect(line).toBe(2);
    let error: unknown;
    try {
      detectDelimiter(header, { file: 'offices.csv', line }, 'give the delimiter');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvInputError);
    expect((error as Error).message).toBe(
      'offices.csv, line 2: the header has as many commas as semicolons (";") (1 comma and 1 semicolon): which separates the columns cannot be told; give the delimiter',
    );
  });
});
