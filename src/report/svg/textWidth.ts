/**
 * Text widths estimated without a DOM (the charts are built in Node, Deno and workers too). Widths are
 * an upper estimate for the system sans-serif fonts: 0.62 em for most characters, 1 em for wide
 * (CJK, full-width) ones, narrow punctuation less, so a label never runs past the room made for it.
 */

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]|\p{Extended_Pictographic}/u;
const NARROW = /[ .,:;'|!iIjlft()[\]]/;
const ZERO = /\p{Mn}|\p{Me}|\u200B|\u200C|\u200D|\uFE0F/u;

/**
 * The widths of the ASCII characters, looked up rather than tested (labels are mostly ASCII); made on
 * the first width asked for, not at import (testing with the Unicode-property patterns compiles them).
 */
let ascii: readonly number[] | undefined;

function charEm(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 128) return slowEm(char);
  ascii ??= Array.from({ length: 128 }, (_, each) => slowEm(String.fromCharCode(each)));
  return ascii[code]!;
}

function slowEm(char: string): number {
  if (ZERO.test(char)) return 0;
  if (WIDE.test(char)) return 1;
  if (NARROW.test(char)) return 0.34;
  return char === char.toUpperCase() && char !== char.toLowerCase() ? 0.7 : 0.62;
}

/** The estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/** `text` cut to fit `width` pixels with an ellipsis, or as it is when it fits. */
export function fitText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const room = width - textWidth('…', fontSize);
  let fitted = '';
  let used = 0;
  for (const char of text) {
    used += charEm(char) * fontSize;
    if (used > room) break;
    fitted += char;
  }
  return `${fitted.trimEnd()}…`;
}
