import { describe, expect, it } from 'vitest';
import { nearest, suggestions } from '../../src/model/nearest.js';

describe('nearest', () => {
  it.each<[string, string[], string | undefined]>([
    ['Washington-DC', ['seattle-wa', 'washington-dc'], 'washington-dc'], // case only: 0 edits
    ['washington_dc', ['seattle-wa', 'washington-dc'], 'washington-dc'], // 1 edit
    ['seatle', ['seattle-wa', 'seattle'], 'seattle'], // the nearest, not the first
    ['atlanta', ['seattle-wa', 'washington-dc'], undefined], // nothing within 2 edits
    ['x', [], undefined],
    ['xx', ['nd'], undefined], // every character changed: not a typo
    ['n', ['nd'], 'nd'], // 1 edit of 2 characters
  ])('%s among %j -> %s', (value, known, expected) => {
    expect(nearest(value, known)).toBe(expected);
  });
});

describe('suggestions', () => {
  it('lists the first 12 known values and counts the rest', () => {
    const known = Array.from({ length: 15 }, (_, i) => `office-${i + 1}`);
    expect(suggestions('office-16', known, 'offices')).toBe(
      '; did you mean "office-1"? (offices: "office-1", "office-2", "office-3", "office-4", "office-5", "office-6", "office-7", "office-8", "office-9", "office-10", "office-11", "office-12" and 3 more)',
    );
  });
});
