/**
 * The charts' colours. Series colours are from or near Okabe and Ito's palette (told apart with every
 * common colour-vision deficiency), each has at least 3:1 contrast with white (WCAG 2.1's minimum for
 * graphics, 1.4.11), and the colours drawn side by side differ in lightness, so a page printed in grey
 * still tells them apart. Text is only `ink` and `muted`, at 4.5:1 or more (1.4.3).
 * test/report/palette.test.ts checks all of it with WCAG's formula.
 */
export const PALETTE = {
  /** Okabe-Ito blue, darkened: the model's figures (achievable caseload, officers required). */
  blue: '#005a8c',
  /** Okabe-Ito vermillion: what is (cases per officer on board), or an input at its high. */
  vermillion: '#d55e00',
  /** Okabe-Ito bluish green: hires in training. */
  green: '#009e73',
  /** Officers on board. */
  grey: '#767676',
  /** Text. */
  ink: '#1a1a1a',
  /** Secondary text: notes, tick labels. */
  muted: '#595959',
  /** Grid lines: decorative, not information. */
  grid: '#d9d9d9',
} as const;

/** Colours that draw information and must reach 3:1 against the white page. */
export const SERIES_COLOURS = ['blue', 'vermillion', 'green', 'grey'] as const;
/** Colours of text, which must reach 4.5:1. */
export const TEXT_COLOURS = ['ink', 'muted'] as const;
