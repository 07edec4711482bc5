import { writeFile } from 'node:fs/promises';
import type { Model } from '../model/types.js';
import { renderReport } from '../report/renderReport.js';
import { UsageError, type CliArgs } from './args.js';
import { reportOptions } from './reportOptions.js';
import type { CliIO } from './run.js';

/** A file the command line could not write: printed as it is, exit 2. */
export class OutputError extends Error {}

/** Writes `text` to `file`; a failure is an OutputError naming the file and the system's code. */
export async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new OutputError(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The options only some commands take, checked so that none is silently ignored. */
export function checkReportOptions(command: string, args: CliArgs): void {
  if (args.output !== undefined && command !== 'report') throw new UsageError(`-o/--output is taken by report only, not by ${command}`);
  if (args.html !== undefined && command !== 'demo') throw new UsageError(`--html is taken by demo only; for a model use: staffing-model report MODEL -o FILE`);
}

/**
 * `staffing-model report MODEL [-o FILE] [plan's and simulate's flags]` and `demo --html FILE`: the
 * HTML report of the model (renderReport) with what `reportOptions` adds, to the file (saying so on
 * stderr) or to stdout.
 */
export async function writeReport(io: CliIO, model: Model, args: CliArgs, file: string | undefined): Promise<void> {
  const options = reportOptions(model, args, io);
  let page: string;
  try {
    page = renderReport({ model }, options);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message); // a bad --vacancy-rate
    throw error;
  }
  if (file === undefined) {
    io.stdout(page);
    return;
  }
  await writeOutput(file, page);
  io.stderr(`staffing-model: wrote the report to ${file}\n`);
}
