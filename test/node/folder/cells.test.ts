import { describe, expect, it } from 'vitest';
import { decimal, perYearCell } from '../../../src/node/folder/cells.js';

describe('decimal', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['12', 12],
    ['-3', -3],
    ['+3', 3],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1.5e2', 150],
    ['2E-1', 0.2],
  ])('reads %s as %d', (text, value) => {
    expect(decimal(text)).toBe(value);
  });

  it.each(['', '1,200', '0,5', '0x10', '1_000', 'Infinity', '1e999', 'NaN', '1 000', '12 h', '--1', '.'])('refuses %j', (text) => {
    expect(decimal(text)).toBeUndefined();
  });
});

describe('perYearCell', () => {
  const row = (cells: Record<string, string>) => ({ line: 3, cells });

  it('gives undefined when per_year and its range are blank (every may be given), per_year as a number, or the range', () => {
    expect(perYearCell(row({ per_year: '', per_year_low: '' }), 'tasks.csv')).toBeUndefined();
    expect(perYearCell(row({ per_year: '1.5e1' }), 'tasks.csv')).toBe(15);
    // Blank cells of the range are left out, for parseModel to name; bounds are numbers, dist is text.
    expect(perYearCell(row({ per_year: '', per_year_low: '2', per_year_mode: '', per_year_high: '10', per_year_dist: 'uniform' }), 'tasks.csv')).toEqual({ low: 2, high: 10, dist: 'uniform' });
  });

  it('refuses per_year beside a range, and a bound that is not a number, at the column', () => {
    expect(() => perYearCell(row({ per_year: '4', per_year_low: '1', per_year_dist: 'pert' }), 'm/tasks.csv')).toThrow(
      'm/tasks.csv, line 3, column "per_year": give per_year or a range (per_year_low, per_year_mode, per_year_high, per_year_dist), not both',
    );
    expect(() => perYearCell(row({ per_year: '1', per_year_dist: 'triangular' }), 'm/tasks.csv')).toThrow(
      'm/tasks.csv, line 3, column "per_year_dist": a distribution is given without a range; give per_year_low, per_year_mode and per_year_high (or leave per_year_dist blank)',
    );
    expect(() => perYearCell(row({ per_year_low: '1', per_year_high: '4 a year' }), 'm/tasks.csv')).toThrow('m/tasks.csv, line 3, column "per_year_high": expected a number, got "4 a year"');
  });
});
