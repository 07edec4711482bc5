import { CsvInputError } from './CsvInputError.js';
import { nulBytes, nulReason } from './nulBytes.js';

/** The line (from 1; LF, CRLF or CR ends one) holding the first bytes that are not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  // A line-end byte never occurs inside a UTF-8 sequence, so each line can be tried alone.
  for (let start = 0, i = 0; i <= bytes.length; i++) {
    const byte = bytes[i];
    if (i < bytes.length && byte !== 10 && byte !== 13) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      break;
    }
    if (byte === 13 && bytes[i + 1] === 10) i++;
    line++;
    start = i + 1;
  }
  return line;
}

/**
 * The text of a file's bytes: UTF-16 LE or BE when it starts with that byte-order mark (Windows
 * "Unicode" text), else UTF-8; a byte-order mark is dropped. Never turns bytes into U+FFFD. NUL bytes
 * in the first 4 KB are refused (UTF-16 without its mark, or a binary file; see nulBytes.ts).
 *
 * @throws {CsvInputError} `model.json, line 3: the file is not UTF-8 (save it as UTF-8)`,
 *   `model.json, line 1: the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8 (...)`
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const nul = utf16 === undefined ? nulBytes(bytes) : undefined;
  if (nul !== undefined) throw new CsvInputError(nulReason(nul.looksLike), { file, line: nul.line });
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (utf16) throw new CsvInputError(`the file starts with a ${utf16.toUpperCase()} byte-order mark but is not ${utf16.toUpperCase()}`, { file });
    throw new CsvInputError('the file is not UTF-8 (save it as UTF-8)', { file, line: firstBadLine(bytes) });
  }
}
