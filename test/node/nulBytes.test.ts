import { describe, expect, it } from 'vitest';
import { nulBytes, nulReason } from '../../src/node/nulBytes.js';

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('nulBytes', () => {
  it('finds none in UTF-8 text', () => {
    expect(nulBytes(new TextEncoder().encode('{"name": "Montréal"}\n'))).toBeUndefined();
  });

  it('tells UTF-16 LE and BE without a mark by the byte the NULs are in', () => {
    // "{\r\n": 7B 00 0D 00 0A 00: the first NUL is byte 1, on line 1.
    expect(nulBytes(utf16le('{\r\n  "name": "x"\r\n}'))).toEqual({ at: 1, line: 1, lineStart: 0, looksLike: 'utf-16le' });
    expect(nulBytes(utf16be('{\r\n  "name": "x"\r\n}'))).toEqual({ at: 0, line: 1, lineStart: 0, looksLike: 'utf-16be' });
  });

  it('names the line the first NUL is on, after UTF-8 lines (LF, CRLF and CR alone)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ab\nb\r\nc\r'), ...utf16le('d')]);
    // Lines: "ab", "b", "c", then "d" in UTF-16LE (64 00) from byte 8: line 4, its NUL byte 9.
    expect(nulBytes(bytes)).toEqual({ at: 9, line: 4, lineStart: 8, looksLike: 'utf-16le' });
  });

  it('calls NULs at both parities binary (a zip file, such as a workbook)', () => {
    const zip = Uint8Array.of(0x50, 0x4b, 3, 4, 0x14, 0, 0, 0, 8, 0, 0, 0, 0x21, 0);
    expect(nulBytes(zip)?.looksLike).toBe('binary');
  });

  it('looks at the first 4 KB only', () => {
    const late = new Uint8Array(5000).fill(0x61);
    late[4500] = 0;
    expect(nulBytes(late)).toBeUndefined();
  });
});

describe('nulReason', () => {
  it('says how to re-save, and names the encoding option where the reader has one', () => {
    expect(nulReason('utf-16le')).toBe(`the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8 (a text editor's "Save as" offers the encoding)`);
    expect(nulReason('utf-16be', (label) => `encoding '${label}' (CLI: --encoding ${label})`)).toBe(
      "the file looks like UTF-16 (big-endian) without a byte-order mark: save it as UTF-8, or pass encoding 'utf-16be' (CLI: --encoding utf-16be)",
    );
    expect(nulReason('binary')).toMatch(/^the file holds NUL bytes, which text does not/);
  });
});
