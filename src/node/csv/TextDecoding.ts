/**
 * Input in an encoding other than UTF-8 (UTF-16 with its byte-order mark, or an `encoding` label such
 * as windows-1252), decoded by TextDecoder with `fatal: true` and written into the window as UTF-8.
 * Bytes are decoded in whole lines, so that a sequence that does not decode is found on its line.
 */
import type { ByteWindow, Decoding } from './ByteWindow.js';
import { newBytes } from './bytes.js';
import type { RawInput } from './RawInput.js';

export class TextDecoding implements Decoding {
  private raw: Uint8Array;
  private rawLength: number;
  private text = '';
  private ended = false;
  private failure: string | undefined;
  private readonly decoder: InstanceType<typeof TextDecoder>;
  /** Bytes per code unit: 2 for UTF-16, 1 for the encodings whose line breaks are the bytes 0A and 0D. */
  private readonly unit: 1 | 2;
  private readonly bigEndian: boolean;
  private readonly encoder = new TextEncoder();
  private readonly failureReason: string;

  constructor(encoding: string, first: Uint8Array, fromMark: boolean) {
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.unit = this.decoder.encoding.startsWith('utf-16') ? 2 : 1;
    this.bigEndian = this.decoder.encoding === 'utf-16be';
    const name = this.unit === 2 ? this.decoder.encoding.toUpperCase() : this.decoder.encoding;
    this.failureReason = `the file is not ${name} text${fromMark ? ` (its byte-order mark says ${name})` : ''}: a byte sequence does not decode`;
    this.raw = newBytes(Math.max(1 << 16, first.length * 2));
    this.raw.set(first);
    this.rawLength = first.length;
  }

  async fill(window: ByteWindow): Promise<void> {
    if (this.text === '' && this.failure === undefined && !this.ended) await this.decodeMore(window.input);
    if (this.text !== '') {
      const { read, written } = this.encoder.encodeInto(this.text, window.bytes.subarray(window.rawEnd));
      window.rawEnd += written;
      window.end = window.rawEnd;
      this.text = this.text.slice(read);
    }
    if (this.text === '') {
      if (this.failure !== undefined) window.fail(window.end, this.failure);
      else if (this.ended) window.done = true;
    }
  }

  /** Reads once; decodes up to the last line break read so far (everything, at the end). */
  private async decodeMore(input: RawInput): Promise<void> {
    if (this.rawLength > this.raw.length / 2) {
      const larger = newBytes(this.raw.length * 2);
      larger.set(this.raw.subarray(0, this.rawLength));
      this.raw = larger;
    }
    const count = await input.read(this.raw, this.rawLength);
    if (input.gaveText) throw new TypeError(`source: gave text (a string) after bytes in ${this.decoder.encoding}`);
    let cut: number;
    if (count === 0) {
      this.ended = true;
      cut = this.rawLength;
    } else {
      const from = this.rawLength;
      this.rawLength += count;
      cut = this.lastLineEnd(from);
      if (cut === -1) return;
    }
    this.decode(this.raw.subarray(0, cut));
    this.raw.copyWithin(0, cut, this.rawLength);
    this.rawLength -= cut;
  }

  /** The end of the last line break in the bytes read since `from` (none before it: they were cut), or -1. */
  private lastLineEnd(from: number): number {
    const raw = this.raw;
    if (this.unit === 1) {
      for (let i = this.rawLength - 1; i >= from; i--) if (raw[i] === 10 || raw[i] === 13) return i + 1;
      return -1;
    }
    const [high, low] = this.bigEndian ? [0, 1] : [1, 0];
    for (let i = (this.rawLength - 2) & ~1; i >= Math.max(0, (from - 1) & ~1); i -= 2) {
      if (raw[i + high] === 0 && (raw[i + low] === 10 || raw[i + low] === 13)) return i + 2;
    }
    return -1;
  }

  /** Decodes whole lines; when they do not decode, keeps the lines before the first that does not. */
  private decode(bytes: Uint8Array): void {
    try {
      this.text = this.decoder.decode(bytes);
      return;
    } catch {
      // Found below, line by line.
    }
    let from = 0;
    while (from < bytes.length) {
      let to = from;
      while (to < bytes.length && !this.isLineBreakAt(bytes, to)) to += this.unit;
      to = Math.min(bytes.length, to + this.unit);
      try {
        this.text += this.decoder.decode(bytes.subarray(from, to));
      } catch {
        this.failure = this.failureReason;
        return;
      }
      from = to;
    }
  }

  private isLineBreakAt(bytes: Uint8Array, at: number): boolean {
    if (this.unit === 1) return bytes[at] === 10 || bytes[at] === 13;
    const [high, low] = this.bigEndian ? [at, at + 1] : [at + 1, at];
    return bytes[high] === 0 && (bytes[low] === 10 || bytes[low] === 13);
  }
}
