import { describe, expect, it } from 'vitest';
import { assess, toCsv } from '../../src/index.js';
import { smallModel } from '../helpers.js';

describe('toCsv', () => {
  it('writes RFC 4180 CSV: header, CRLF line ends, quoting of commas, quotes and line breaks', () => {
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: 'two\nlines' }])).toBe('a,b,c\r\n"x,y","say ""hi""","two\nlines"\r\n');
  });

  it('keeps numbers as numbers (a negative gap is not a formula) and writes null as an empty cell', () => {
    expect(toCsv([{ gap: -3, utilization: null, unstaffed: true, share: 0.25 }])).toBe('gap,utilization,unstaffed,share\r\n-3,,true,0.25\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralizes the formula in text %j (OWASP CSV Injection)', (text, cell) => {
    expect(toCsv([{ office: text }])).toBe(`office\r\n${cell}\r\n`);
  });

  it('takes an assessment and writes its rows, every column', () => {
    const csv = toCsv(assess(smallModel()));
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(
      'office,docket,caseHours,cases,workloadHours,requiredOfficers,recommendedOfficers,officers,gap,utilization,unstaffed,caseloadPerOfficer,hoursPerCase,achievableCaseload',
    );
    expect(row).toBe('a,non-detained,2080,1040,5200,2.5,3,2,1,1.25,false,520,4,416');
    expect(end).toBe('');
  });

  it('takes the union of columns in the order they first appear', () => {
    expect(toCsv([{ a: 1 }, { b: 2, a: 3 }])).toBe('a,b\r\n1,\r\n3,2\r\n');
  });

  it('refuses what is not a table', () => {
    expect(() => toCsv({} as never)).toThrow(new TypeError('toCsv expects an array of row objects or a result with rows'));
    expect(() => toCsv([1] as never)).toThrow(TypeError);
  });
});
