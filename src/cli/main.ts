import { describeError } from './errors.js';
import { run } from './run.js';

// Output piped into a program that stops reading (`| head`) ends the run quietly, as for any Unix
// tool: exit 0 and no message. Any other failure to write is a plain line on stderr, exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`staffing-model: cannot write to standard output (${error.code ?? error.message})\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});
// Never a stack trace, even for a fault of our own.
process.on('uncaughtException', (error) => {
  process.stderr.write(`staffing-model: ${describeError(error).text}\n`);
  process.exit(1);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
});
