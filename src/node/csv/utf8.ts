/**
 * UTF-8 checks on byte ranges: where a chunk may end inside a character, and where the first byte
 * that is not UTF-8 is. Validation itself is the `isUtf8` the reader is given (node:buffer's, native,
 * in Node); these find the place.
 */

/** How many bytes at the end of `bytes[from, to)` start a character that the next chunk may finish (0-3). */
export function incompleteTail(bytes: Uint8Array, from: number, to: number): number {
  for (let back = 1; back <= 3 && to - back >= from; back++) {
    const byte = bytes[to - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

/**
 * The offset of the first byte in `bytes[from, to)` that does not belong to a well-formed UTF-8
 * character (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or `to` if there
 * is none. Used only once a chunk has failed `isUtf8`, to say where.
 */
export function firstInvalidByte(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte depends on the first (RFC 3629, section 4).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > to) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return to;
}

/** The byte at `at` and the continuation bytes (80-BF) after it, up to four in all, in hex: `E9`, `ED A0 BD`. */
export function hexBytes(bytes: Uint8Array, at: number, to: number): string {
  let end = at + 1;
  while (end < Math.min(to, at + 4) && bytes[end]! >= 0x80 && bytes[end]! <= 0xbf) end++;
  return Array.from(bytes.subarray(at, end), (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}
