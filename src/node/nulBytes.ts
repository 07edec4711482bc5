/**
 * NUL bytes where text was expected. No UTF-8 text file of this package's (JSON, CSV) holds one, but a
 * file saved as UTF-16 without its byte-order mark holds one in every other byte (the high byte of
 * each ASCII character), and a binary file (a spreadsheet workbook) holds them anywhere. UTF-8
 * validation alone passes both: NUL is a valid UTF-8 character.
 */

/** How far into a file NUL bytes are looked for, and counted to tell UTF-16 from a binary file. */
const SAMPLE = 4096;

export interface NulBytes {
  /** Where the first NUL is: its byte offset, the line it is on (1 is the first; LF, CRLF or CR end one) and where that line starts. */
  at: number;
  line: number;
  lineStart: number;
  /** What the file looks like: UTF-16 (NULs in every other byte, odd bytes for LE, even for BE), or not text. */
  looksLike: 'utf-16le' | 'utf-16be' | 'binary';
}

/**
 * The first NUL byte in the first 4 KB of `bytes`, and what the file looks like; undefined when there
 * is none.
 *
 * @example
 * nulBytes(new TextEncoder().encode('{}')) // => undefined
 * nulBytes(Uint8Array.of(0x7b, 0, 0x7d, 0)) // => { at: 1, line: 1, lineStart: 0, looksLike: 'utf-16le' }
 */
export function nulBytes(bytes: Uint8Array): NulBytes | undefined {
  const sample = bytes.subarray(0, SAMPLE);
  const at = sample.indexOf(0);
  if (at === -1) return undefined;
  const zeros = [0, 0];
  sample.forEach((byte, i) => {
    if (byte === 0) zeros[i % 2]!++;
  });
  const parity = at % 2;
  // UTF-16 text with ASCII in it: NULs at one parity only (allowing a few code units such as U+0100).
  const alternating = zeros[1 - parity]! * 8 <= zeros[parity]!;
  return { at, ...lineOf(sample, at), looksLike: !alternating ? 'binary' : parity === 1 ? 'utf-16le' : 'utf-16be' };
}

function lineOf(bytes: Uint8Array, at: number): { line: number; lineStart: number } {
  let [line, lineStart] = [1, 0];
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) [line, lineStart] = [line + 1, i + 1];
  }
  return { line, lineStart };
}

/**
 * What is wrong, for a CsvInputError on the line of the first NUL. `encodingOption`: how a user names
 * the encoding (`encoding 'utf-16le' (CLI: --encoding utf-16le)`), when the reader has that option.
 *
 * @example
 * nulReason('utf-16le') // => 'the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8 (a text editor\'s "Save as" offers the encoding)'
 */
export function nulReason(looksLike: NulBytes['looksLike'], encodingOption?: (label: string) => string): string {
  if (looksLike === 'binary') return 'the file holds NUL bytes, which text does not: is it a binary file, such as a spreadsheet workbook? Save it as UTF-8 text (CSV UTF-8 or JSON)';
  const order = looksLike === 'utf-16le' ? 'little-endian' : 'big-endian';
  const saveAs = 'save it as UTF-8';
  const or = encodingOption === undefined ? ` (a text editor's "Save as" offers the encoding)` : `, or pass ${encodingOption(looksLike)}`;
  return `the file looks like UTF-16 (${order}) without a byte-order mark: ${saveAs}${or}`;
}
