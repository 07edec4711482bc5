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
});
