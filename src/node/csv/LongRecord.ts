/**
 * A record too long to keep (longer than the reader's limit, 4 MiB by default): almost always a
 * stray quote that swallows the rest of the file, or a file that is not CSV. The scanner reads on
 * through it with this state machine, keeping its quote state and line count but not its bytes, so
 * memory stays bounded and time linear whatever the input. The record is reported, never counted.
 */
import type { QuoteProblem } from './quoteProblems.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

type State = 'field-start' | 'unquoted' | 'quoted' | 'after-closing-quote';

export class LongRecord {
  /** Line breaks inside the record so far. */
  breaks = 0;
  /** Where the quoted field that is open at the end of the input opened. */
  openBreaks = 0;
  private state: State = 'field-start';
  private previousWasCr = false;
  /** Inside quotes: the last byte read was a line break. */
  private endsWithBreak = false;

  constructor(private readonly delimiter: number) {}

  /**
   * Reads `bytes[from, to)` on. Returns `{ next }`, where the next record starts, once this one
   * ends; or `{ consumed }`: how far it read (a last byte that needs the next one to be judged is
   * left for the next call). `atEnd`: the input ends at `to`; `noMore`: no byte after `to` will be
   * read (at the end, or before bytes that are not text).
   */
  feed(bytes: Uint8Array, from: number, to: number, atEnd: boolean, noMore: boolean): { next: number } | { consumed: number } {
    let i = from;
    while (i < to) {
      if (this.state === 'quoted') {
        // On to the next quote, counting line breaks (a CRLF once).
        const segment = i;
        let { breaks, previousWasCr } = this;
        for (; i < to; i++) {
          const c = bytes[i]!;
          if (c === QUOTE) break;
          if (c === CR || (c === LF && !previousWasCr)) breaks++;
          previousWasCr = c === CR;
        }
        this.breaks = breaks;
        this.previousWasCr = previousWasCr;
        if (i > segment) this.endsWithBreak = bytes[i - 1] === CR || bytes[i - 1] === LF;
        if (i >= to) break;
        if (i + 1 >= to && !noMore) return { consumed: i };
        if (i + 1 < to && bytes[i + 1] === QUOTE) {
          i += 2; // a doubled quote
          this.previousWasCr = this.endsWithBreak = false;
        } else {
          this.state = 'after-closing-quote';
          i++;
        }
        continue;
      }
      const c = bytes[i]!;
      if (c === this.delimiter) this.state = 'field-start';
      else if (c === LF) return { next: i + 1 };
      else if (c === CR) {
        if (i + 1 >= to && !noMore) return { consumed: i };
        return { next: i + 1 < to && bytes[i + 1] === LF ? i + 2 : i + 1 };
      } else if (this.state === 'field-start' && c === QUOTE) {
        this.state = 'quoted';
        this.openBreaks = this.breaks;
        this.previousWasCr = this.endsWithBreak = false;
      } else this.state = 'unquoted';
      i++;
    }
    if (!atEnd) return { consumed: to };
    // The end of the input ends the record; inside quotes, a line break just before it ends the last line.
    if (this.state === 'quoted' && this.endsWithBreak) this.breaks--;
    return { next: to };
  }

  /** Never closed, if the input ended inside quotes; else too long. */
  problem(): QuoteProblem | undefined {
    return this.state === 'quoted' ? { kind: 'unclosed', openBreaks: this.openBreaks, closeBreaks: this.breaks } : undefined;
  }
}
