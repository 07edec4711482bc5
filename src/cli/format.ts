import { extname } from 'node:path';
import { UsageError } from './errors.js';

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** The format a file's extension names, for `-o FILE` without `--format`. */
const BY_EXTENSION: Record<string, Format> = { '.txt': 'table', '.json': 'json', '.csv': 'csv', '.md': 'markdown', '.markdown': 'markdown' };

/**
 * The format to write: `--format` when given, else the one the output file's extension names, else
 * a table.
 *
 * @throws {UsageError} for an output file whose extension names no format
 */
export function formatFor(format: Format | undefined, output: string | undefined): Format {
  if (format !== undefined) return format;
  if (output === undefined || output === '-') return 'table';
  const extension = extname(output).toLowerCase();
  if (Object.hasOwn(BY_EXTENSION, extension)) return BY_EXTENSION[extension]!;
  throw new UsageError(
    `--output ${output}: cannot tell the format from ${extension === '' ? 'a file name without an extension' : `the extension "${extension}"`}; ` +
      `add --format (${FORMATS.join(', ')}) or use ${Object.keys(BY_EXTENSION).join(', ')}`,
  );
}
