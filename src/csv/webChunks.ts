import { describeValue } from '../internal/describeValue.js';
import type { TextSource } from '../node/csv/RawInput.js';

/** What the browser reader takes: a File or Blob, a web ReadableStream of bytes, bytes, or an (async) iterable of text or bytes. */
export type WebCaseSource = Blob | ReadableStream<Uint8Array> | ArrayBuffer | Uint8Array | TextSource;

/** A web stream's chunks, read with a reader (async iteration of streams is not in every browser). */
async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The source as bytes or chunks, and its name when it is a File.
 *
 * @throws {TypeError} `readCaseCounts (staffing-model/csv): source must be a File or Blob, a ReadableStream, bytes or an (async) iterable of text or bytes; a file path needs staffing-model/node, got the string "cases.csv"`
 */
export function webChunks(source: unknown): { chunks: Uint8Array | TextSource; name: string | undefined } {
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    const name = typeof File !== 'undefined' && source instanceof File ? source.name : undefined;
    return { chunks: streamChunks(source.stream()), name };
  }
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) return { chunks: streamChunks(source), name: undefined };
  if (source instanceof ArrayBuffer) return { chunks: new Uint8Array(source), name: undefined };
  if (source instanceof Uint8Array) return { chunks: source, name: undefined };
  if (source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source)) {
    return { chunks: source as TextSource, name: undefined };
  }
  throw new TypeError(
    `readCaseCounts (staffing-model/csv): source must be a File or Blob, a ReadableStream, bytes or an (async) iterable of text or bytes; a file path needs staffing-model/node, got ${describeValue(source)}`,
  );
}
