import { Command, type Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { CliCommand } from './command.js';
import { COMMANDS } from './commands/index.js';
import { USAGE_HINT, UsageError } from './errors.js';
import { writeOutput, type CliIO } from './io.js';
import { addOutputOptions, addPageOutput, anyCaseChoices, type OutputOptions } from './options.js';
import { formatFor } from './format.js';

/** Below the list of commands. */
const ABOUT = `
A model is a JSON file, a folder of CSV tables kept in a spreadsheet (model.json, offices.csv,
case-types.csv, tasks.csv, collateral-duties.csv), or - for JSON on standard input.

Exit status: 0 done, 2 a problem with the command or its input (printed to stderr), 1 anything else.
Run 'staffing-model COMMAND --help' for a command's options and examples.`;

/** The command line: every command of commands/index.ts, writing to `io`. */
export function program(io: CliIO): Command {
  const root = new Command('staffing-model')
    .description(packageJson.description)
    .addHelpText('after', ABOUT)
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', "print a command's help")
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`staffing-model: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError(USAGE_HINT)
    .exitOverride();
  for (const spec of COMMANDS) addCommand(root, spec, io);
  return root;
}

function addCommand(root: Command, spec: CliCommand<never>, io: CliIO): void {
  const command = root.command(spec.name).summary(spec.summary).description(spec.description ?? spec.summary);
  spec.configure(command);
  if (spec.writes === 'html') addPageOutput(command);
  else addOutputOptions(command, spec.outputHelp);
  anyCaseChoices(command);
  const width = spec.examples.reduce((widest, [line]) => Math.max(widest, line.length), 0);
  const examples = spec.examples.map(([line, what]) => `  $ ${line.padEnd(width)}  # ${what}`);
  command.addHelpText('after', `\nExamples:\n${examples.join('\n')}`);
  command.action(async () => {
    const options = command.opts<OutputOptions>();
    // A page takes no --format; a command that writes -o itself (outputHelp) prints its report in --format's format.
    const format = spec.writes === 'html' || spec.outputHelp !== undefined ? (options.format ?? 'table') : formatFor(options.format, options.output);
    let output;
    try {
      output = await spec.run(io, command.args, options as never);
    } catch (error) {
      throw error instanceof RangeError ? new UsageError(inFlags(error.message, command.options, spec.parameters)) : error;
    }
    if ('html' in output) return writeOutput(io, output.html, options.output);
    // Loaded here, not for --help: measuring display widths starts an Intl.Segmenter (string-width).
    const { render } = await import('./render.js');
    const text = render(output, format);
    if (spec.outputHelp === undefined) await writeOutput(io, text, options.output);
    else if (options.output === '-') io.stderr(text);
    else io.stdout(text);
  });
}

/**
 * A library message in the command line's words: a camelCase parameter name (`vacancyRate`) wherever
 * it is, and a plain one (`years`) where the message starts with it, replaced by its flag.
 */
function inFlags(message: string, options: readonly Option[], parameters: Readonly<Record<string, string>> = {}): string {
  const flags = new Map(Object.entries(parameters));
  for (const option of options) if (option.long && !flags.has(option.attributeName())) flags.set(option.attributeName(), option.long);
  return message.replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b|^[a-z]+\b/g, (word) => flags.get(word) ?? word);
}
