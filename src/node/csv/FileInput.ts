/**
 * Node: a file read with one reused buffer (no chunk objects to collect: a stream of 64 KB chunks
 * costs more than the scan of them), and the opening of any source readCsv takes.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { iterableInput, type RawInput, type TextSource } from './RawInput.js';

class FileInput implements RawInput {
  readonly gaveText = false;
  constructor(private readonly handle: FileHandle) {}

  async read(into: Uint8Array, at: number): Promise<number> {
    return (await this.handle.read(into, at, into.length - at, null)).bytesRead;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** A path is a file to read; bytes (one Uint8Array) are the whole input; anything else gives chunks. */
export async function openRawInput(source: string | Uint8Array | TextSource): Promise<RawInput> {
  if (typeof source === 'string') return new FileInput(await open(source, 'r'));
  return iterableInput(source);
}
