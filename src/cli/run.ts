import packageJson from '../../package.json' with { type: 'json' };
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { ModelError, formatPath } from '../model/ModelError.js';
import { parseModel } from '../model/parseModel.js';
import { parseCliArgs, UsageError } from './args.js';
import { assessReport, MODEL_COMMANDS } from './commands.js';
import { render, type Report } from './render.js';

export const USAGE = `staffing-model ${packageJson.version}: achievable caseloads and recommended officers per field office

Usage:
  staffing-model assess FILE.json [--vacancy-rate R]        staffing needed against staff on board
  staffing-model allocate FILE.json --officers N [--method M] split N officers by workload
  staffing-model hire FILE.json --hires N                    place N hires where utilization is highest
  staffing-model coverage FILE.json                          which cases today's officers can cover, by priority
  staffing-model demo [--vacancy-rate R]                     assess the OIG-17-51 report scenario
  staffing-model --help | --version

Options:
  -f, --format F        table (default), json, csv or markdown
  --vacancy-rate R      share of positions vacant, in [0, 1): 0.3 or 6/19; adds positions to fund
  --officers N          headcount to allocate (allocate)
  --method M            huntington-hill (default), webster, jefferson, adams or hamilton (allocate)
  --hires N             officers to add (hire)
  -h, --help            this text
  -v, --version         the version

Exit status: 0 done, 2 a problem with the command or the model (printed to stderr), 1 anything else.`;

/** Where the command line reads and writes: the real process, or a test's buffers. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): string;
}

/** A problem with the user's input that is printed as it is, exit 2. */
class InputError extends Error {}

function readJson(io: CliIO, file: string): unknown {
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the file${code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Builds a report, turning the library's errors into the user's: model issues and bad options. */
function report(label: string, build: () => Report): Report {
  try {
    return build();
  } catch (error) {
    if (error instanceof ModelError) {
      const lines = error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
      throw new InputError(`${label}: the model has ${error.issues.length} problem(s):\n${lines.join('\n')}`);
    }
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Runs the command line and returns the exit status. Errors in the user's input go to stderr as
 * plain lines, without a stack trace.
 */
export function run(argv: readonly string[], io: CliIO): number {
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (args.version) {
      io.stdout(`${packageJson.version}\n`);
      return 0;
    }
    const command = args.command;
    if (command === undefined) throw new UsageError('no command given');
    if (command === 'demo') {
      if (args.files.length > 0) throw new UsageError(`demo takes no file, got "${args.files[0]}"`);
      io.stdout(render(report('demo', () => assessReport(parseModel(scenario), args)), args.format));
      return 0;
    }
    const spec = Object.hasOwn(MODEL_COMMANDS, command) ? MODEL_COMMANDS[command] : undefined;
    if (!spec) throw new UsageError(`unknown command "${command}"`);
    if (spec.needs && args[spec.needs] === undefined) throw new UsageError(`${command} needs --${spec.needs} N`);
    if (args.files.length !== 1) throw new UsageError(`${command} takes one model file: staffing-model ${command} FILE.json`);
    const file = args.files[0]!;
    const input = readJson(io, file);
    io.stdout(render(report(file, () => spec.build(parseModel(input), args)), args.format));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`staffing-model: ${error.message}\nRun 'staffing-model --help' for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`staffing-model: ${error.message}\n`);
      return 2;
    }
    io.stderr(`staffing-model: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
