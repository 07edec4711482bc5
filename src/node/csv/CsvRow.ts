/**
 * One record, as a view that the reader fills anew for every record (so that a row costs no array):
 * read what you need from it inside the callback and keep nothing. The fast scanner fills it with
 * byte ranges of its window (decoded only when asked for), csv-parse with strings.
 */
import { utf8Slice } from './bytes.js';

export class CsvRow {
  /** The line the record starts on (1 is the first line). */
  line = 0;
  /** The line it ends on: later than `line` when a quoted field holds line breaks. */
  endLine = 0;
  /** How many fields the record has. */
  size = 0;
  /** The window the byte ranges are in; undefined when the fields are strings. */
  bytes: Uint8Array | undefined;
  /** Field i is `bytes[bounds[2i], bounds[2i + 1])`. */
  bounds = new Int32Array(64);
  /** 1 where a quoted field has doubled quotes inside (its bytes are not its value as they stand). */
  escaped = new Uint8Array(32);
  private fields: readonly string[] | undefined;

  /** Starts a byte view over `bytes` (the scanner then sets `bounds`, `escaped` and `size`). */
  viewBytes(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.fields = undefined;
  }

  /** Room for field `index`'s bounds. */
  reserve(index: number): void {
    if (2 * index + 2 <= this.bounds.length) return;
    const bounds = new Int32Array(this.bounds.length * 2);
    bounds.set(this.bounds);
    this.bounds = bounds;
    const escaped = new Uint8Array(this.escaped.length * 2);
    escaped.set(this.escaped);
    this.escaped = escaped;
  }

  /** A record whose fields were read already (by csv-parse). */
  setFields(fields: readonly string[], line: number, endLine: number): void {
    this.bytes = undefined;
    this.fields = fields;
    this.size = fields.length;
    this.line = line;
    this.endLine = endLine;
  }

  /** True when field `index` is the bytes `bounds[2 index, 2 index + 1)` as they stand. */
  isPlainBytes(index: number): boolean {
    return this.bytes !== undefined && this.escaped[index] === 0;
  }

  field(index: number): string {
    if (this.fields) return this.fields[index]!;
    const text = utf8Slice(this.bytes!, this.bounds[2 * index]!, this.bounds[2 * index + 1]!);
    return this.escaped[index] === 1 ? text.replaceAll('""', '"') : text;
  }

  toArray(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.field(i));
  }
}

/** Receives each record in file order, and each record that could not be read (reading goes on). */
export interface CsvHandler {
  row(row: CsvRow): void;
  /** A record that is not well-formed CSV, from line `line` to `endLine`; the reader drops it. */
  problem(reason: string, line: number, endLine: number): void;
}
