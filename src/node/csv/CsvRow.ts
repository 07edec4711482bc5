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
