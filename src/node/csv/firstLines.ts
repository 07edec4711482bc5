/**
 * The first lines of a CSV input, read ahead in the window without consuming them: Excel's `sep=;`
 * line, which states the delimiter, and the header line, from which it is found otherwise
 * (readRecords.ts decides which).
 */
import { CsvInputError } from '../CsvInputError.js';
import type { ByteWindow } from './ByteWindow.js';
import { delimiterName, isBlankLine, statedDelimiter } from './detectDelimiter.js';

const utf8 = new TextDecoder();

/** Enough bytes to see a sep line whole, with its line break: `sep=;\r\n` is 7. */
const SEP_LINE_BYTES = 16;

/**
 * The first line as far as it decides whether it is a sep line, the same however the input comes in
 * chunks: the whole line when a line break ends it, else its characters within the first
 * SEP_LINE_BYTES bytes (a longer line is no sep line, and bytes that are not text further on may
 * or may not have been read yet). Undefined when the input is not text before that (the scanner
 * reports it). `next`: where the line after it starts, from the window's start.
 */
export async function peekSepLine(window: ByteWindow, maxRecordBytes: number): Promise<{ text: string; next: number } | undefined> {
  // At least a sep line's bytes and its line break are looked at, whatever maxRecordBytes says.
  const first = await peekLine(window, 0, Math.max(maxRecordBytes, SEP_LINE_BYTES));
  if (first.ended) return first;
  if (window.failure !== undefined && first.next <= SEP_LINE_BYTES) return undefined;
  let bytes = 0;
  let prefix = '';
  for (const char of first.text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > SEP_LINE_BYTES) break;
    prefix += char;
  }
  return { text: prefix, next: first.next };
}

/**
 * The delimiter a `sep=` first line states, checked against the one given.
 *
 * @throws {CsvInputError} `line 1: the file's first line "sep=;" says the columns are separated by
 *   semicolons (";"), but the delimiter given is ","; give the delimiter ";" or none (the delimiter option; CLI --delimiter), or remove the line`
 */
export function statedDelimiterOf(firstLine: string, given: string | undefined): string | undefined {
  const stated = statedDelimiter(firstLine);
  if (stated === undefined || given === undefined || given === stated) return stated;
  throw new CsvInputError(
    `the file's first line ${JSON.stringify(firstLine)} says the columns are separated by ${delimiterName(stated)}, but the delimiter given is ${JSON.stringify(given)}; ` +
      `give the delimiter ${JSON.stringify(stated)} or none (the delimiter option; CLI --delimiter), or remove the line`,
    { line: 1 },
  );
}

/**
 * The line that starts `offset` bytes after the window's start, read ahead without consuming it: its
 * text, where the next line starts (an offset from the window's start) and whether a line break ended
 * it. The window is filled until the line ends, the input ends, or `maxBytes` are read.
 */
async function peekLine(window: ByteWindow, offset: number, maxBytes: number): Promise<{ text: string; next: number; ended: boolean }> {
  for (;;) {
    const { bytes, start, end } = window;
    for (let i = start + offset; i < end; i++) {
      const byte = bytes[i];
      if (byte !== 10 && byte !== 13) continue;
      if (byte === 13 && i + 1 === end && !window.done) break; // a CR whose LF may come next: read on
      const next = byte === 13 && bytes[i + 1] === 10 ? i + 2 : i + 1;
      return { text: utf8.decode(bytes.subarray(start + offset, i)), next: next - start, ended: true };
    }
    if (window.done || end - start > maxBytes) return { text: utf8.decode(bytes.subarray(start + offset, end)), next: end - start, ended: false };
    await window.more();
  }
}

/** The first line from the window's start that is not blank (the header) and its number, read ahead without consuming it. */
export async function peekHeaderLine(window: ByteWindow, maxBytes: number): Promise<{ header: string; line: number }> {
  let offset = 0;
  for (let line = 1; ; line++) {
    const { text, next, ended } = await peekLine(window, offset, maxBytes);
    if (!isBlankLine(text) || !ended || next > maxBytes) return { header: text, line };
    offset = next;
  }
}
