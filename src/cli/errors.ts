import { ModelError, formatPath } from '../model/ModelError.js';
import { CsvInputError } from '../node/CsvInputError.js';
import { plural } from '../internal/plural.js';

/** The line after every mistake in how the command was called (commander's and ours): one wording. */
export const USAGE_HINT = "Run 'staffing-model --help' (or 'staffing-model COMMAND --help') for usage.";

/** A mistake in how the command was called: printed with USAGE_HINT, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with what the user gave (a file, standard input), printed as it is, exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A model's problems, one line per issue with its path, against the file (or input) they are in. */
export function modelProblems(where: string, error: ModelError): InputError {
  const lines = error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  return new InputError(`${where}: the model has ${plural(error.issues.length, 'problem')}:\n${lines.join('\n')}`);
}

/** A file that could not be opened or read (missing, permission denied, a folder): its system code. */
export function cannotRead(where: string, what: string, error: unknown): InputError | undefined {
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return undefined;
  const inner = typeof path === 'string' && path !== where ? `: ${path}` : '';
  return new InputError(`${where}: cannot read ${what} (${code}${inner})`);
}

/**
 * A library message in the command line's words: where it names a library option and its flag, only
 * the flag is kept. The library writes them three ways:
 * `use the countColumn option (CLI: --count-column "cases")` -> `use --count-column "cases"`,
 * `(the encoding option; CLI --encoding)` -> `(--encoding)`,
 * `pass encoding 'utf-16le' (CLI: --encoding utf-16le)` -> `pass --encoding utf-16le`.
 */
export function inCliWords(message: string): string {
  return message
    .replace(/\bthe \w+ option \(CLI: ([^)]*)\)/g, '$1')
    .replace(/\(the \w+ option; CLI ([^)]*)\)/g, '($1)')
    .replace(/\b\w+ '[^']*' \(CLI: ([^)]*)\)/g, '$1');
}

/**
 * What to print for an error, and the exit status: 2 for a problem with the command or its input, 1
 * for anything else. Never a stack trace.
 */
export function describeError(error: unknown): { status: number; text: string } {
  if (error instanceof UsageError) return { status: 2, text: `${error.message}\n${USAGE_HINT}` };
  if (error instanceof InputError || error instanceof CsvInputError) return { status: 2, text: inCliWords(error.message) };
  if (error instanceof ModelError) return { status: 2, text: modelProblems('the model', error).message };
  return { status: 1, text: `unexpected error: ${error instanceof Error ? error.message : String(error)}` };
}
