import { describe, expect, it } from 'vitest';
import { PALETTE, SERIES_COLOURS, TEXT_COLOURS } from '../../src/report/svg/palette.js';

/** WCAG 2.1 relative luminance of an sRGB colour `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG 2.1 contrast ratio against white: (1 + 0.05) / (L + 0.05). */
const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('chart colours (WCAG 2.1)', () => {
  it('known values of the formula: black on white is 21:1, #767676 is the lightest grey at 4.5:1', () => {
    expect(onWhite('#000000')).toBeCloseTo(21, 10);
    expect(onWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(onWhite('#777777')).toBeLessThan(4.5);
  });

  it.each(SERIES_COLOURS)('series colour %s has at least 3:1 against white (1.4.11)', (name) => {
    expect(onWhite(PALETTE[name])).toBeGreaterThanOrEqual(3);
  });

  it.each(TEXT_COLOURS)('text colour %s has at least 4.5:1 against white (1.4.3)', (name) => {
    expect(onWhite(PALETTE[name])).toBeGreaterThanOrEqual(4.5);
  });

  it('colours drawn side by side differ in lightness, so grey printing tells them apart', () => {
    const pairs: [keyof typeof PALETTE, keyof typeof PALETTE][] = [
      ['blue', 'vermillion'], // caseload, tornado
      ['blue', 'grey'], // officers
      ['grey', 'green'], // hiring plan: carrying cases and in training
      ['blue', 'green'],
    ];
    for (const [a, b] of pairs) expect(Math.abs(luminance(PALETTE[a]) - luminance(PALETTE[b]))).toBeGreaterThan(0.05);
  });
});
