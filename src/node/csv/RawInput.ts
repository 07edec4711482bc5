/**
 * Bytes from an (async) iterable of strings or bytes, read into the caller's buffer. Strings are
 * text: they are written as UTF-8. No Node here: FileInput.ts reads files (Node), and a browser's
 * File or stream is turned into such an iterable (src/csv/webChunks.ts).
 */
import { concatBytes, utf8Bytes } from './bytes.js';

/** Text or bytes in chunks: a Node stream, an async generator, or an array of strings. */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export interface RawInput {
  /** Reads bytes into `into` from `at`, at most to its end: resolves to how many, 0 at the end of the input. */
  read(into: Uint8Array, at: number): Promise<number>;
  /** True once the source gave a string (text, so its bytes are UTF-8 whatever the encoding option says). */
  readonly gaveText: boolean;
  close(): Promise<void>;
}

/** Bytes (one Uint8Array) are the whole input; an iterable gives chunks. */
export function iterableInput(source: Uint8Array | TextSource): RawInput {
  return new IterableInput(source instanceof Uint8Array ? [source] : source);
}

class IterableInput implements RawInput {
  gaveText = false;
  private readonly chunks: Iterator<string | Uint8Array> | AsyncIterator<string | Uint8Array>;
  private pending: Uint8Array = new Uint8Array(0);
  /** A string chunk's last code unit when it is the first half of a surrogate pair the next chunk ends. */
  private highSurrogate = '';
  private ended = false;

  constructor(source: TextSource) {
    const asyncIterable = (source as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator];
    this.chunks = asyncIterable ? asyncIterable.call(source) : (source as Iterable<string | Uint8Array>)[Symbol.iterator]();
  }

  async read(into: Uint8Array, at: number): Promise<number> {
    while (this.pending.length === 0) {
      if (this.ended) return 0;
      const next = await this.chunks.next();
      if (next.done) {
        this.ended = true;
        this.pending = utf8Of(this.highSurrogate);
      } else {
        this.pending = this.bytesOf(next.value);
      }
    }
    const count = Math.min(this.pending.length, into.length - at);
    into.set(this.pending.subarray(0, count), at);
    this.pending = this.pending.subarray(count);
    return count;
  }

  private bytesOf(chunk: unknown): Uint8Array {
    if (typeof chunk === 'string') {
      this.gaveText = true;
      let text = this.highSurrogate + chunk;
      this.highSurrogate = '';
      const lastUnit = text.charCodeAt(text.length - 1);
      if (lastUnit >= 0xd800 && lastUnit <= 0xdbff) {
        this.highSurrogate = text.slice(-1);
        text = text.slice(0, -1);
      }
      return utf8Of(text);
    }
    if (!(chunk instanceof Uint8Array)) {
      throw new TypeError(`source: expected chunks of text (strings) or bytes (Uint8Array), got ${chunk === null ? 'null' : typeof chunk}`);
    }
    if (this.highSurrogate === '') return chunk;
    const lone = utf8Of(this.highSurrogate);
    this.highSurrogate = '';
    return concatBytes([lone, chunk]);
  }

  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}

/**
 * A string as UTF-8. A lone surrogate (half of a pair, not a character) is written as its three
 * bytes ED xx xx, which are not UTF-8, so the UTF-8 check stops there with the line, instead of
 * the U+FFFD that an encoder would put in its place.
 */
function utf8Of(text: string): Uint8Array {
  if (!/[\uD800-\uDFFF]/u.test(text)) return utf8Bytes(text);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const match of text.matchAll(/[\uD800-\uDFFF]/gu)) {
    const unit = match[0].charCodeAt(0);
    parts.push(utf8Bytes(text.slice(from, match.index)), Uint8Array.of(0xed, 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)));
    from = match.index + 1;
  }
  parts.push(utf8Bytes(text.slice(from)));
  return concatBytes(parts);
}
