/**
 * The fast CSV scanner: unquoted lines are cut with indexOf into a reusable row view; records with
 * quotes are read by an RFC 4180 state machine (quotes doubled inside quoted fields, line breaks inside
 * quotes). It exists for speed: see bench/ingest.mjs and docs/data.md.
 */
import { StringDecoder } from 'node:string_decoder';
import { CsvRow, type CsvHandler } from './CsvRow.js';
import type { TextSource } from './readCsv.js';

/** Text chunks from bytes or strings, decoding UTF-8 across chunk boundaries and dropping a BOM. */
async function* textChunks(source: TextSource): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/** The fast scanner. Records go to a callback: a promise or a batch array per row would cost more than the row. */
export async function scanRecords(source: TextSource, delimiter: string, handle: CsvHandler): Promise<void> {
  let buffer = '';
  let line = 0; // lines consumed so far
  const row = new CsvRow();
  const quotedRecord = (quoted: Quoted) => {
    if ('problem' in quoted) handle.problem(quoted.problem, line);
    else {
      row.setFields(quoted.fields, line);
      handle.row(row);
    }
  };
  for await (const text of textChunks(source)) {
    buffer = buffer.length === 0 ? text : buffer + text;
    let start = 0;
    // The next quote at or after `start`, found once per stretch of text so the scan stays linear.
    let quote = buffer.indexOf('"');
    for (;;) {
      const end = buffer.indexOf('\n', start);
      if (end === -1) break;
      const lineEnd = end > start && buffer.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (quote !== -1 && quote < start) quote = buffer.indexOf('"', start);
      if (quote === -1 || quote > end) {
        line++;
        if (lineEnd > start) {
          row.setLine(buffer, start, lineEnd, delimiter, line);
          handle.row(row);
        }
        start = end + 1;
        continue;
      }
      // A quoted record: read it whole, or wait for more text if its closing quote is not here yet.
      const quoted = readQuoted(buffer, start, delimiter);
      if (quoted === undefined) break;
      line++;
      quotedRecord(quoted);
      line += quoted.lines;
      start = quoted.next;
    }
    buffer = buffer.slice(start);
  }
  if (buffer.length > 0) {
    // The last record has no line break after it.
    line++;
    if (buffer.indexOf('"') === -1) {
      const end = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      if (end > 0) {
        row.setLine(buffer, 0, end, delimiter, line);
        handle.row(row);
      }
    } else {
      const quoted = readQuoted(`${buffer}\n`, 0, delimiter);
      if (quoted === undefined) handle.problem('a quoted field is not closed before the end of the file', line);
      else quotedRecord(quoted);
    }
  }
}

type Quoted = { fields: string[]; next: number; lines: number } | { problem: string; next: number; lines: number };

/**
 * Reads one record that has quotes, from `start`. Returns undefined when the text ends inside it.
 * `lines` counts the line breaks inside quoted fields.
 */
function readQuoted(text: string, start: number, delimiter: string): Quoted | undefined {
  const fields: string[] = [];
  let i = start;
  let lines = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      // A quoted field: up to the closing quote; "" is one quote.
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return undefined;
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === 34) {
          value += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) lines++;
      fields.push(value);
    } else {
      // An unquoted field: up to the delimiter or the end of the line; no quote may stand in it.
      let end = i;
      while (end < text.length && !text.startsWith(delimiter, end) && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      if (end === text.length) return undefined;
      const value = text.slice(i, end);
      if (value.includes('"')) return skipLine(text, i, lines, 'a quote inside an unquoted field');
      fields.push(value);
      i = end;
    }
    if (text.startsWith(delimiter, i)) {
      i += delimiter.length;
      continue;
    }
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return { fields, next: i + 2, lines };
    if (text.charCodeAt(i) === 10) return { fields, next: i + 1, lines };
    if (i >= text.length) return undefined;
    return skipLine(text, i, lines, 'text after a closing quote');
  }
}

function skipLine(text: string, from: number, lines: number, problem: string): Quoted | undefined {
  const end = text.indexOf('\n', from);
  return end === -1 ? undefined : { problem: `${problem} (quote fields with "..." and double the quotes inside)`, next: end + 1, lines };
}
