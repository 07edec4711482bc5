import { CommanderError } from 'commander';
import { describeError, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { program } from './program.js';

export type { CliIO } from './io.js';

/**
 * Runs the command line and resolves to the exit status: 0 done, 2 a problem with the command or its
 * input, 1 anything else. Problems go to stderr as plain lines, never with a stack trace.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    if (argv.length === 0) throw new UsageError('no command given');
    await program(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    // commander has printed its own message (and help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const { status, text } = describeError(error);
    io.stderr(`staffing-model: ${text}\n`);
    return status;
  }
}
