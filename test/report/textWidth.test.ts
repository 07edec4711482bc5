import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from '../../src/report/svg/textWidth.js';
import { wrapText } from '../../src/report/svg/wrapText.js';

describe('textWidth', () => {
  it('counts lower case at 0.62 em, capitals at 0.7, narrow marks at 0.34 and wide (CJK) characters at 1 em', () => {
    expect(textWidth('ab', 10)).toBeCloseTo(12.4, 10);
    expect(textWidth('AB', 10)).toBeCloseTo(14, 10);
    expect(textWidth('i.', 10)).toBeCloseTo(6.8, 10);
    expect(textWidth('東京', 10)).toBeCloseTo(20, 10);
  });
  it('combining marks take no room: e + U+0301 is as wide as e', () => {
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10), 10);
  });
});

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('Seattle, WA', 12, 200)).toBe('Seattle, WA');
  });
  it('cuts text that does not fit, with an ellipsis, within the width', () => {
    const cut = fitText('A very long field office name indeed', 12, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect('A very long field office name indeed'.startsWith(cut.slice(0, -1))).toBe(true);
  });
  it('never splits a character outside the BMP', () => {
    const cut = fitText('𠀀'.repeat(20), 10, 50);
    expect([...cut.slice(0, -1)].every((char) => char === '𠀀')).toBe(true);
  });
});

describe('wrapText', () => {
  it('breaks at spaces so each line fits', () => {
    const lines = wrapText('Officers required against officers on board: non-detained docket', 15, 300);
    expect(lines.join(' ')).toBe('Officers required against officers on board: non-detained docket');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(300);
  });
});
