import packageJson from '../../package.json' with { type: 'json' };
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { ModelError, formatPath } from '../model/ModelError.js';
import { assessmentTable } from '../output/assessmentTable.js';
import { renderMarkdown, renderText } from '../output/table.js';
import { toCsv } from '../output/toCsv.js';
import { assess, type Assessment } from '../workload/assess.js';
import { parseCliArgs, UsageError, type CliArgs } from './args.js';

export const USAGE = `staffing-model ${packageJson.version}: achievable caseloads and recommended officers per field office

Usage:
  staffing-model assess FILE.json [--format table|json|csv|markdown] [--vacancy-rate R]
  staffing-model demo [--format ...] [--vacancy-rate R]   the OIG-17-51 report scenario
  staffing-model --help | --version

Options:
  -f, --format F        table (default), json, csv or markdown
  --vacancy-rate R      share of positions vacant, in [0, 1): 0.3 or 6/19; adds positions to fund
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

function readModel(io: CliIO, file: string): unknown {
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

/** The assessment in the chosen format, ending with a line break. */
function render(assessment: Assessment, args: CliArgs): string {
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(assessment, null, 2)}\n`;
    case 'csv':
      return toCsv(assessment);
    case 'markdown':
      return [
        `## ${assessment.name ?? 'Staffing assessment'}`,
        '',
        renderMarkdown(assessmentTable(assessment, args.vacancyRate !== undefined)),
        '',
      ].join('\n');
    case 'table': {
      const hours = Object.entries(assessment.weights).map(([id, weight]) => `${id} ${weight.toFixed(2)} h`);
      const lines = [
        ...(assessment.name ? [assessment.name, ''] : []),
        `Case hours per officer a year: ${assessment.caseHours.toFixed(1)}. Hours per case a year: ${hours.join(', ') || 'no case types'}.`,
        '',
        renderText(assessmentTable(assessment, args.vacancyRate !== undefined)),
      ];
      if (assessment.unsourced.length > 0) {
        lines.push('', `No source given for ${assessment.unsourced.length} input(s): ${assessment.unsourced.join(', ')}`);
      }
      return `${lines.join('\n')}\n`;
    }
  }
}

function assessCommand(io: CliIO, args: CliArgs, model: unknown, label: string): void {
  try {
    const assessment = assess(model as Parameters<typeof assess>[0], args.vacancyRate === undefined ? {} : { vacancyRate: args.vacancyRate });
    io.stdout(render(assessment, args));
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
    switch (args.command) {
      case 'assess': {
        if (args.files.length !== 1) throw new UsageError('assess takes one model file: staffing-model assess FILE.json');
        const file = args.files[0]!;
        assessCommand(io, args, readModel(io, file), file);
        return 0;
      }
      case 'demo':
        if (args.files.length > 0) throw new UsageError(`demo takes no file, got "${args.files[0]}"`);
        assessCommand(io, args, scenario, 'demo');
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
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
