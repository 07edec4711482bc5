import { writeFile } from 'node:fs/promises';
import { InputError } from './errors.js';

/** Where the command line reads and writes: the real process, or a test's buffers. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input: read where a file argument is `-`. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** True when stderr is a terminal: simulate then draws a progress bar there on long runs. */
  stderrIsTTY?: boolean;
}

/** How standard input is named in messages. */
export const STDIN = '<stdin>';

/** Standard input, all of it: the bytes a file would have. */
export async function readStdin(io: CliIO): Promise<Uint8Array> {
  if (io.stdin === undefined) throw new InputError(`${STDIN}: there is no standard input to read`);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Writes `text` to the file, or to standard output when there is none (or it is `-`). */
export async function writeOutput(io: CliIO, text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') return io.stdout(text);
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new InputError(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
