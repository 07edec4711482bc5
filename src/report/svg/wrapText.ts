import { fitText, textWidth } from './textWidth.js';

/**
 * Text broken into lines at spaces so each fits `width` pixels at `fontSize`; a word wider than a
 * line is cut with an ellipsis.
 *
 * @example
 * wrapText('Required against on-board officers', 12, 120) // => ['Required against', 'on-board officers']
 */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= width || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((each) => fitText(each, fontSize, width));
}
