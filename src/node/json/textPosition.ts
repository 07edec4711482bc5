/** A place in a text: line and column, both from 1; a column counts UTF-16 code units, as editors do. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Turns offsets in `text` into lines and columns. LF, CRLF and CR alone are each one line end.
 *
 * @example
 * positionsIn('{\r\n  "a": 1\n}')(5) // => { line: 2, column: 3 }
 */
export function positionsIn(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    // The last line start at or before the offset, by bisection.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
