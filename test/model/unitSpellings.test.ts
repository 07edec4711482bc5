import { describe, expect, it } from 'vitest';
import { canonicalUnit, spellings } from '../../src/model/unitSpellings.js';

describe('unitSpellings', () => {
  it.each([
    ['20 MIN', '20 min'],
    [' 2 Hours ', '2 h'],
    ['1.5H', '1.5 h'],
    ['3 WorkDays', '3 workday'],
    ['1e3 Seconds', '1e3 s'],
    ['2 Wks', '2 week'],
    ['.5 YR', '.5 year'],
  ])('canonicalUnit("%s") is "%s"', (text, canonical) => {
    expect(canonicalUnit(text)).toBe(canonical);
  });

  it('leaves other text as written, but trimmed (mathjs reads it, case and all)', () => {
    expect(canonicalUnit('500 ms')).toBe('500 ms');
    expect(canonicalUnit(' 5 MS ')).toBe('5 MS');
    expect(canonicalUnit('1 h 30 min')).toBe('1 h 30 min');
    expect(canonicalUnit('abc')).toBe('abc');
  });

  it('spellings: each unit\'s spellings, plurals folded, units apart by ";"', () => {
    expect(spellings(['s', 'h'])).toBe('s, sec(s), second(s); h, hr(s), hour(s)');
    expect(spellings(['workday', 'month'])).toBe('workday(s); mo(s), month(s)');
  });
});
