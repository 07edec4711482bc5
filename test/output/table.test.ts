import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText } from '../../src/output/table.js';

const table = {
  columns: [{ header: 'office' }, { header: 'cases', align: 'right' as const }],
  rows: [['dc', '10,156'], ['st-paul', '84']],
};

describe('renderText', () => {
  it('aligns columns: text left, figures right', () => {
    expect(renderText(table)).toBe(['office    cases', '-------  ------', 'dc       10,156', 'st-paul      84'].join('\n'));
  });

  it('aligns by display width: a CJK character takes two columns, a combining mark none', () => {
    const text = renderText({ ...table, rows: [['東京', '1'], ['cafe\u0301', '22'], ['dc', '333']] });
    // Every line is 13 columns wide on a terminal: office (6) + 2 + cases (5).
    expect(text.split('\n')).toEqual(['office  cases', '------  -----', `東京${' '.repeat(8)}1`, `cafe\u0301${' '.repeat(7)}22`, `dc${' '.repeat(8)}333`]);
  });

  it('has no limit on rows (no argument spreading)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`office-${i}`, '1']);
    const lines = renderText({ ...table, rows }).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[1]).toBe('-------------  -----'); // office-199999 is 13 wide
  }, 60_000); // a shared machine can be slow; the time itself is for npm run bench
});

describe('renderMarkdown', () => {
  it('writes a table with alignment and escapes pipes', () => {
    expect(renderMarkdown({ ...table, rows: [['a|b', '1']] })).toBe('| office | cases |\n| :-- | --: |\n| a\\|b | 1 |');
  });
});
