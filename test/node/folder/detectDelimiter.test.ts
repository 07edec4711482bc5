import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/node/folder/detectDelimiter.js';

describe('detectDelimiter', () => {
  it.each<[string, string, string]>([
    ['commas', 'office,docket,officers\na;b;c;d\n', ','],
    ['semicolons', 'office;docket;officers\n', ';'],
    ['tabs', 'office\tdocket\tofficers\n', '\t'],
    ['semicolons with commas in a quoted name', '"office, id";docket;officers\n', ';'],
    ['commas with semicolons in quoted names', '"a;b;c",docket,officers\n', ','],
    ['the header after blank rows of delimiters', ';;;\n,,,\n\noffice;docket;officers\n', ';'],
    ['a tie, as a comma', 'office,docket;officers\n', ','],
    ['a header of one column, as a comma', 'office\n', ','],
    ['an empty text, as a comma', '', ','],
  ])('reads %s', (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
