/**
 * One record at a time, from bytes: the fast scanner's inner loop (scanRecords.ts drives it over the
 * window). Fields are byte ranges in a reusable row view; a table of special bytes (the delimiter,
 * CR, LF, the quote) makes the common byte one load and one comparison.
 */
import { CsvRow } from './CsvRow.js';
import type { QuoteProblem } from './quoteProblems.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Byte classes in the table of special bytes: anything else is 0. */
const DELIMITER = 1;
const BREAK = 2;
const QUOTE_CLASS = 3;

export class RecordScanner {
  readonly row = new CsvRow();
  /** Of the last record scanned: the line breaks inside it (not the one that ends it). */
  breaks = 0;
  /** Of the last record scanned: where its line break (or the input) starts. */
  contentEnd = 0;
  /** Of the last record scanned: every field is empty (an empty line, `,,`). */
  blank = false;
  /** Of the last record scanned: the first quote out of place, if any. */
  problem: QuoteProblem = { kind: 'none', openBreaks: 0, closeBreaks: 0 };
  private readonly special = new Uint8Array(256);

  constructor(private readonly delimiter: number) {
    this.special[delimiter] = DELIMITER;
    this.special[LF] = BREAK;
    this.special[CR] = BREAK;
    this.special[QUOTE] = QUOTE_CLASS;
  }

  /**
   * Scans the record at `pos`: fills the row's bounds, `breaks`, `blank` and `problem`, and returns
   * where the next record starts, or -1 when the record may go on past `end` (more input is needed).
   * `atEnd`: the input ends at `end`; `noMore`: no byte after `end` will be read (at the end, or
   * before bytes that are not text), so a CR or quote there is judged as it stands. Bytes at or
   * after `end` are never read.
   */
  scan(bytes: Uint8Array, pos: number, end: number, atEnd: boolean, noMore: boolean): number {
    const { row, special } = this;
    let { bounds, escaped } = row;
    let size = 0;
    let i = pos;
    let breaks = 0;
    const problem = this.problem;
    problem.kind = 'none';
    for (;;) {
      if (2 * size + 2 > bounds.length) {
        row.reserve(size);
        ({ bounds, escaped } = row);
      }
      if (i < end && bytes[i] === QUOTE) {
        // A quoted field: up to a quote that is not doubled; line breaks inside are part of it.
        const openBreaks = breaks;
        let j = i + 1;
        let doubled = 0;
        for (;;) {
          if (j >= end) {
            if (!atEnd) return -1;
            // The end of the input inside quotes: everything from the record on is lost.
            Object.assign(problem, { kind: 'unclosed', openBreaks, closeBreaks: breaks });
            const last = bytes[end - 1];
            this.breaks = breaks - (j > i + 1 && (last === LF || last === CR) ? 1 : 0);
            this.contentEnd = end;
            return end;
          }
          const c = bytes[j]!;
          if (c === QUOTE) {
            if (j + 1 >= end && !noMore) return -1;
            if (j + 1 < end && bytes[j + 1] === QUOTE) {
              doubled = 1;
              j += 2;
              continue;
            }
            break;
          }
          if (c === LF) breaks++;
          else if (c === CR) {
            if (j + 1 >= end && !noMore) return -1;
            if (j + 1 >= end || bytes[j + 1] !== LF) breaks++;
          }
          j++;
        }
        bounds[2 * size] = i + 1;
        bounds[2 * size + 1] = j;
        escaped[size] = doubled;
        size++;
        i = j + 1;
        // After the closing quote comes a delimiter or a line break; other text is read on up to one, as csv-parse does.
        if (i < end && special[bytes[i]!]! !== DELIMITER && special[bytes[i]!]! !== BREAK) {
          if (problem.kind === 'none') Object.assign(problem, { kind: 'after-closing-quote', openBreaks, closeBreaks: breaks });
          while (i < end && special[bytes[i]!]! !== DELIMITER && special[bytes[i]!]! !== BREAK) i++;
        }
        if (i >= end && !atEnd) return -1;
      } else {
        // An unquoted field: up to a delimiter or a line break; a quote in it is a problem.
        let j = i;
        for (; j < end; j++) {
          const kind = special[bytes[j]!]!;
          if (kind === 0) continue;
          if (kind !== QUOTE_CLASS) break;
          if (problem.kind === 'none') Object.assign(problem, { kind: 'quote-in-unquoted-field', openBreaks: breaks, closeBreaks: breaks });
        }
        if (j >= end && !atEnd) return -1;
        bounds[2 * size] = i;
        bounds[2 * size + 1] = j;
        escaped[size] = 0;
        size++;
        i = j;
      }
      if (i < end && bytes[i] === this.delimiter) {
        i++;
        continue;
      }
      // A line break, or the end of the input, ends the record.
      let next = i + 1;
      if (i >= end) next = end;
      else if (bytes[i] === CR) {
        if (i + 1 >= end && !noMore) return -1;
        if (i + 1 < end && bytes[i + 1] === LF) next = i + 2;
      }
      row.size = size;
      this.contentEnd = i;
      this.breaks = breaks;
      this.blank = isBlank(bounds, size);
      return next;
    }
  }
}

function isBlank(bounds: Int32Array, size: number): boolean {
  for (let k = 0; k < size; k++) if (bounds[2 * k] !== bounds[2 * k + 1]) return false;
  return true;
}
