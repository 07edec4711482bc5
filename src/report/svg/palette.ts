/**
 * The charts' colours. Series colours are from Okabe and Ito's palette (distinguishable with every
 * common colour-vision deficiency) and each has at least 3:1 contrast with white, WCAG 2.1's minimum
 * for graphics (1.4.11); text colours have at least 4.5:1 (1.4.3). test/report/palette.test.ts checks
 * both with WCAG's formula.
 */
export const PALETTE = {
  /** Okabe-Ito blue. */
  blue: '#0072b2',
  /** Okabe-Ito vermillion, darkened to 4.5:1 so labels in it are readable too. */
  vermillion: '#b84f00',
  /** Okabe-Ito bluish green, darkened to 3:1. */
  green: '#00805d',
  /** Grey for the officers on board. */
  grey: '#5f5f5f',
  /** Text. */
  ink: '#1a1a1a',
  /** Secondary text: notes, tick labels. */
  muted: '#595959',
  /** Grid lines: decorative, not information. */
  grid: '#d9d9d9',
} as const;

/** Colours that carry information (series, text) and must contrast with the white page. */
export const INFORMATION_COLOURS = ['blue', 'vermillion', 'green', 'grey', 'ink', 'muted'] as const;
