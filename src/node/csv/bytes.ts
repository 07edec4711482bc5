/**
 * Bytes and UTF-8 text without Node: the CSV reader runs in browsers too (`staffing-model/csv`). Where
 * Node's `Buffer` exists it is used, for its speed (allocation without zeroing, utf8 slices without a
 * decoder call); elsewhere the same results come from Uint8Array, TextEncoder and TextDecoder.
 */

interface NodeBuffer {
  new (size: number): Uint8Array;
  allocUnsafe(size: number): Uint8Array;
}
const Buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `size` bytes whose contents are not read before they are written. */
export const newBytes = (size: number): Uint8Array => (Buffer ? Buffer.allocUnsafe(size) : new Uint8Array(size));

/** The bytes `[start, end)` of `bytes` as UTF-8 text (checked UTF-8 already). */
export function utf8Slice(bytes: Uint8Array, start: number, end: number): string {
  if (Buffer && bytes instanceof Buffer) return (bytes as Uint8Array & { toString(encoding: 'utf8', start: number, end: number): string }).toString('utf8', start, end);
  return decoder.decode(bytes.subarray(start, end));
}

/** `text` as UTF-8 into `into` from `at`, which must have room (3 bytes a UTF-16 code unit is enough): the bytes written. */
export function writeUtf8(text: string, into: Uint8Array, at: number): number {
  return encoder.encodeInto(text, into.subarray(at)).written;
}

/** The parts, one after another, in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const all = newBytes(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** `text` (well-formed: no lone surrogate) as UTF-8. */
export const utf8Bytes = (text: string): Uint8Array => encoder.encode(text);

/** A UTF-8 check for where node:buffer's native `isUtf8` is not available: a fatal decoder. */
export function isUtf8Decodable(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
