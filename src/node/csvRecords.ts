/**
 * CSV records with their line numbers, from a stream of text or bytes, by one of two parsers that give
 * the same records: csv-parse, and a scanner that splits unquoted lines itself and reads quoted records
 * character by character (RFC 4180: quotes doubled inside quoted fields, line breaks inside quotes).
 * The scanner exists for speed; `bench/ingest.mjs` measures both.
 */
import { parse } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvInputError } from './CsvInputError.js';

export type CsvParser = 'fast' | 'csv-parse';

/** Text or bytes in chunks: a Node stream, an async generator, or an array of strings. */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * One record, as a view that the reader fills anew for every record (so that a row costs no array):
 * read what you need from it inside the callback and keep nothing.
 */
export class CsvRow {
  /** The line the record starts on (1 is the first line). */
  line = 0;
  /** How many fields the record has. */
  size = 0;
  private text = '';
  private readonly bounds: number[] = [];
  private fields: readonly string[] | undefined;

  /** A record without quotes: `text` from `start` to `end`, fields found by the delimiter. */
  setLine(text: string, start: number, end: number, delimiter: string, line: number): void {
    this.text = text;
    this.fields = undefined;
    this.line = line;
    const bounds = this.bounds;
    let size = 0;
    for (let from = start; ; size++) {
      const next = text.indexOf(delimiter, from);
      bounds[2 * size] = from;
      if (next === -1 || next >= end) {
        bounds[2 * size + 1] = end;
        size++;
        break;
      }
      bounds[2 * size + 1] = next;
      from = next + delimiter.length;
    }
    this.size = size;
  }

  /** A record whose fields were read already (quoted, or from csv-parse). */
  setFields(fields: readonly string[], line: number): void {
    this.fields = fields;
    this.size = fields.length;
    this.line = line;
  }

  field(index: number): string {
    return this.fields ? this.fields[index]! : this.text.slice(this.bounds[2 * index], this.bounds[2 * index + 1]);
  }

  toArray(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.field(i));
  }
}

/** Receives each record in file order, and each record that could not be read (reading goes on). */
export interface CsvHandler {
  row(row: CsvRow): void;
  problem(reason: string, line: number): void;
}

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

/** The same records through csv-parse (the reference implementation; `parser: 'csv-parse'`). */
export async function csvParseRecords(source: TextSource, delimiter: string, handle: CsvHandler): Promise<void> {
  const problems: { reason: string; line: number }[] = [];
  const row = new CsvRow();
  const parser = parse({
    bom: true,
    delimiter,
    // Both line ends, even mixed in one file, as the scanner reads them.
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) problems.push({ reason: error.message, line: Number(error.lines) });
      return undefined;
    },
  });
  // pipeline, unlike pipe, passes a source's error (an unreadable file) on to the reader.
  const stream = pipeline(Readable.from(source), parser, () => {});
  for await (const { record, info } of stream as AsyncIterable<{ record: string[]; info: { lines: number; invalid_field_length: number } }>) {
    for (const { reason, line } of problems.splice(0)) handle.problem(reason, line);
    // csv-parse counts the line a record ends on; a record with line breaks in quotes starts earlier.
    let inside = 0;
    for (const field of record) for (let k = field.indexOf('\n'); k !== -1; k = field.indexOf('\n', k + 1)) inside++;
    row.setFields(record, info.lines - inside);
    handle.row(row);
  }
  for (const { reason, line } of problems.splice(0)) handle.problem(reason, line);
}

/** Reads every record, in file order, into `handle`. */
export function readCsv(source: TextSource, delimiter: string, parser: CsvParser, handle: CsvHandler): Promise<void> {
  if (delimiter.length === 0 || /["\r\n]/.test(delimiter)) {
    throw new CsvInputError(`the delimiter must be a character other than a quote or a line break, got ${JSON.stringify(delimiter)}`);
  }
  return parser === 'fast' ? scanRecords(source, delimiter, handle) : csvParseRecords(source, delimiter, handle);
}
