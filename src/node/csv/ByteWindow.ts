/**
 * A window over the input as checked UTF-8 bytes, whatever the file's encoding: the readers scan
 * bytes (the structure of a CSV file is ASCII) and decode only the fields they keep.
 *
 * The encoding is found once, at the start, as the WHATWG Encoding Standard's decode does: a
 * byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); else the `encoding` label; else UTF-8.
 * UTF-8 input is checked in place (with the `isUtf8` it is given: node:buffer's, native, in Node;
 * a fatal TextDecoder in browsers) and never copied; other encodings are decoded with TextDecoder
 * and written into the window as UTF-8 (TextDecoding.ts).
 */
import { newBytes } from './bytes.js';
import type { RawInput } from './RawInput.js';
import { firstInvalidByte, hexBytes, incompleteTail } from './utf8.js';
import { TextDecoding } from './TextDecoding.js';
import { nulBytes, nulReason } from '../nulBytes.js';

const INITIAL_SIZE = 1 << 18;

/** Fills the window with checked UTF-8 from the input. */
export interface Decoding {
  /** Reads once and adds what it can; sets `done` (and `failure` for bytes that are not text) at the end. */
  fill(window: ByteWindow): Promise<void>;
}

export class ByteWindow {
  bytes: Uint8Array = newBytes(INITIAL_SIZE);
  /** The first byte still needed: what is before it may be dropped by `more`. */
  start = 0;
  /** The end of the checked bytes: `bytes[start, end)` is UTF-8 text. */
  end = 0;
  /** Bytes read but not checked yet (the start of a character the next read finishes) end here. */
  rawEnd = 0;
  /** Nothing will come after `end`. */
  done = false;
  /** When set (with `done`), the input goes on after `end` with bytes that are not text: why. */
  failure: string | undefined;
  private decoding: Decoding | undefined;

  private constructor(
    readonly input: RawInput,
    private readonly isUtf8: (bytes: Uint8Array) => boolean,
  ) {}

  /** Opens the window, finding the encoding from the first bytes; `isUtf8` checks UTF-8 input. */
  static async open(input: RawInput, encoding: string, isUtf8: (bytes: Uint8Array) => boolean): Promise<ByteWindow> {
    const window = new ByteWindow(input, isUtf8);
    // Three bytes decide: EF BB BF is UTF-8's mark, FF FE and FE FF UTF-16's.
    while (window.rawEnd < 3) {
      const count = await input.read(window.bytes, window.rawEnd);
      if (count === 0) break;
      window.rawEnd += count;
    }
    const [b0, b1, b2] = window.bytes;
    const rawEnd = window.rawEnd;
    let label = encoding;
    let markLength = 0;
    if (input.gaveText || (rawEnd >= 3 && b0 === 0xef && b1 === 0xbb && b2 === 0xbf)) {
      label = 'utf-8';
      markLength = rawEnd >= 3 && b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
    } else if (rawEnd >= 2 && b0 === 0xff && b1 === 0xfe) [label, markLength] = ['utf-16le', 2];
    else if (rawEnd >= 2 && b0 === 0xfe && b1 === 0xff) [label, markLength] = ['utf-16be', 2];
    window.start = window.end = markLength;
    if (label === 'utf-8') {
      window.decoding = new Utf8Decoding();
      // UTF-16 without its mark (or a binary file) is valid UTF-8: its NUL bytes give it away (nulBytes.ts).
      const nul = input.gaveText ? undefined : nulBytes(window.bytes.subarray(0, rawEnd));
      if (nul) window.fail(nul.lineStart, nulReason(nul.looksLike, (label) => `encoding '${label}' (CLI: --encoding ${label})`));
      else window.check();
    } else {
      window.decoding = new TextDecoding(label, window.bytes.subarray(markLength, rawEnd), markLength > 0);
      window.start = window.end = window.rawEnd = 0;
    }
    return window;
  }

  /**
   * Drops the bytes before `start` (returns how far the rest moved down) and reads until the window
   * is full or the input ends. The window doubles when one unfinished record fills half of it, so
   * that rescanning a long record costs no more than reading it.
   */
  async more(): Promise<number> {
    const shift = this.start;
    if (shift > 0) {
      this.bytes.copyWithin(0, shift, this.rawEnd);
      this.start = 0;
      this.end -= shift;
      this.rawEnd -= shift;
    }
    if (this.rawEnd > this.bytes.length / 2) {
      const larger = newBytes(this.bytes.length * 2);
      larger.set(this.bytes.subarray(0, this.rawEnd));
      this.bytes = larger;
    }
    while (!this.done && this.bytes.length - this.rawEnd > 4) await this.decoding!.fill(this);
    return shift;
  }

  /** Checks the bytes read in place as UTF-8, leaving a character the next read finishes unchecked. */
  check(): void {
    const to = this.rawEnd - incompleteTail(this.bytes, this.end, this.rawEnd);
    if (this.isUtf8(this.bytes.subarray(this.end, to))) {
      this.end = to;
      return;
    }
    const bad = firstInvalidByte(this.bytes, this.end, to);
    const found = hexBytes(this.bytes, bad, this.rawEnd);
    this.fail(bad, `the file is not UTF-8 (${found.length > 2 ? `bytes ${found} are` : `byte ${found} is`} not UTF-8 text); give its encoding (the encoding option; CLI --encoding), such as windows-1252`);
  }

  /** Ends the text at `at`: what follows is not text (`reason`). */
  fail(at: number, reason: string): void {
    this.end = at;
    this.done = true;
    this.failure = reason;
  }
}

/** UTF-8: read straight into the window and checked there. */
class Utf8Decoding implements Decoding {
  async fill(window: ByteWindow): Promise<void> {
    const count = await window.input.read(window.bytes, window.rawEnd);
    if (count === 0) {
      if (window.rawEnd > window.end) {
        window.fail(window.end, `the file is not UTF-8 (it ends inside a character: ${hexBytes(window.bytes, window.end, window.rawEnd)})`);
      }
      window.done = true;
      return;
    }
    window.rawEnd += count;
    window.check();
  }
}
