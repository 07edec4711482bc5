import { readFile } from 'node:fs/promises';
import { CsvInputError } from './CsvInputError.js';

/** A file's bytes, or a CsvInputError naming it: `offices.csv: cannot read the file (EACCES)`. */
export async function readBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CsvInputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file });
  }
}
