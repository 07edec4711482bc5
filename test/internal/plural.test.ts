import { describe, expect, it } from 'vitest';
import { plural } from '../../src/internal/plural.js';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise, with thousands separators', () => {
    expect(plural(0, 'case')).toBe('0 cases');
    expect(plural(1, 'case')).toBe('1 case');
    expect(plural(2000, 'ranged input')).toBe('2,000 ranged inputs');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('agrees with the count as written when it is given', () => {
    expect(plural(1.5, 'officer', 'officers', '1.5')).toBe('1.5 officers');
    expect(plural(1, 'officer', 'officers', '1.00')).toBe('1.00 officers');
    expect(plural(1, 'officer', 'officers', '1')).toBe('1 officer');
    expect(plural(0.6, 'hire')).toBe('1 hire'); // written as a whole number: 1
  });
});
