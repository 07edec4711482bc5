import { describe, expect, it } from 'vitest';
import { CsvInputError } from '../../src/node/CsvInputError.js';
import { decodeText } from '../../src/node/decodeText.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

function failure(input: Uint8Array): CsvInputError {
  try {
    decodeText(input, 'x.csv');
  } catch (error) {
    return error as CsvInputError;
  }
  throw new Error('expected an error');
}

describe('decodeText', () => {
  it('reads UTF-8, dropping its byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Montréal'), 'x.csv')).toBe('Montréal');
  });

  it('reads UTF-16 LE and BE by their byte-order mark', () => {
    expect(decodeText(bytes([0xff, 0xfe, 0x4d, 0x00, 0xe9, 0x00]), 'x.csv')).toBe('Mé');
    expect(decodeText(bytes([0xfe, 0xff, 0x00, 0x4d, 0x00, 0xe9]), 'x.csv')).toBe('Mé');
  });

  it('keeps a U+FFFD that the file really holds', () => {
    expect(decodeText(bytes('a\uFFFDb'), 'x.csv')).toBe('a\uFFFDb');
  });

  it.each<[string, Uint8Array, number]>([
    ['LF', bytes('a\nb\nMontr', [0xe9], 'al\n'), 3],
    ['CRLF', bytes('a\r\nb\r\nMontr', [0xe9], 'al\r\n'), 3],
    ['CR alone', bytes('a\rb\rc\rMontr', [0xe9], 'al\r'), 4],
    ['a cut UTF-8 sequence at the end', bytes('a\n', [0xc3]), 2],
  ])('refuses bytes that are not UTF-8 (%s line ends), naming the line (Windows-1252 é is 0xE9)', (_, input, line) => {
    const error = failure(input);
    expect(error.message).toBe(`x.csv, line ${line}: the file is not UTF-8 (save it as UTF-8)`);
    expect(error.line).toBe(line);
  });

  it('refuses UTF-16 without its byte-order mark, naming the line of the first NUL (not the first non-ASCII line)', () => {
    // A model saved as "Unicode" without the mark: line 3 holds the first non-ASCII character.
    const text = '{\r\n  "offices": [\r\n    { "id": "montréal" }\r\n  ]\r\n}\r\n';
    const error = failure(new Uint8Array(Buffer.from(text, 'utf16le')));
    expect(error.message).toBe(`x.csv, line 1: the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8 (a text editor's "Save as" offers the encoding)`);
    expect(error.line).toBe(1);
    // The same text with its mark is read.
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), 'x.csv')).toBe(text);
  });

  it('refuses a UTF-16 file that is not UTF-16', () => {
    // A lone high surrogate, D800, then "a".
    expect(failure(bytes([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00])).message).toBe('x.csv: the file starts with a UTF-16LE byte-order mark but is not UTF-16LE');
  });
});
