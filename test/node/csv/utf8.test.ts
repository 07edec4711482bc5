/**
 * The UTF-8 helpers against an independent method: TextDecoder with `fatal: true` (WHATWG), which
 * decodes a prefix exactly when the prefix is whole, well-formed UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidByte, hexBytes, incompleteTail } from '../../../src/node/csv/utf8.js';

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes that are mostly UTF-8 with, sometimes, a byte of any value put in. */
const mostlyText = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }))
  .map(([text, inserts]) => {
    const bytes = [...Buffer.from(text, 'utf8')];
    for (const [at, byte] of inserts) bytes.splice(at % (bytes.length + 1), 0, byte);
    return Uint8Array.from(bytes);
  });

describe('firstInvalidByte', () => {
  it('is where the longest prefix that decodes ends', () => {
    fc.assert(
      fc.property(mostlyText, (bytes) => {
        const valid = Array.from({ length: bytes.length + 1 }, (_, length) => length).filter((length) => decodes(bytes.subarray(0, length)));
        const end = firstInvalidByte(bytes, 0, bytes.length);
        // A prefix decodes up to the first byte that starts no whole, well-formed character (a
        // character cut off by the end included), and no prefix past it does.
        expect(valid.at(-1)).toBe(end);
        expect(end === bytes.length).toBe(isUtf8(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, number[], number]>([
    ['a cp1252 é between letters', [0x4d, 0xe9, 0x61], 1],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['a surrogate (ED A0 80)', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lone continuation byte', [0x41, 0x80], 1],
  ])('finds %s', (_, bytes, at) => {
    expect(firstInvalidByte(Uint8Array.from(bytes), 0, bytes.length)).toBe(at);
  });
});

describe('incompleteTail', () => {
  it('leaves exactly the start of a character cut at the end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10 }), fc.nat(), (text, cut) => {
        const bytes = Buffer.from(text, 'utf8');
        const at = cut % (bytes.length + 1);
        const tail = incompleteTail(bytes, 0, at);
        expect(decodes(bytes.subarray(0, at - tail))).toBe(true);
        expect(tail).toBeLessThan(4);
        // What is left out is a character's first bytes: the rest of the text completes it.
        expect(decodes(bytes.subarray(at - tail))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hexBytes', () => {
  it('shows a bad byte and the continuation bytes after it', () => {
    expect(hexBytes(Uint8Array.from([0xe9, 0x61]), 0, 2)).toBe('E9');
    expect(hexBytes(Uint8Array.from([0xed, 0xa0, 0xbd, 0x41]), 0, 4)).toBe('ED A0 BD');
  });
});
