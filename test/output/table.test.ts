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
});

describe('renderMarkdown', () => {
  it('writes a table with alignment and escapes pipes', () => {
    expect(renderMarkdown({ ...table, rows: [['a|b', '1']] })).toBe('| office | cases |\n| :-- | --: |\n| a\\|b | 1 |');
  });
});
