import { readFile } from 'node:fs/promises';
import packageJson from '../../package.json' with { type: 'json' };
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { ModelError, formatPath } from '../model/ModelError.js';
import { parseModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';
import { withCaseCounts } from '../model/withCaseCounts.js';
import { CsvInputError } from '../node/CsvInputError.js';
import { loadModel } from '../node/loadModel.js';
import { readCaseCounts } from '../node/readCaseCounts.js';
import { parseCliArgs, UsageError, type CliArgs } from './args.js';
import { CASE_FLAGS, caseCountOptions, reportCaseCounts } from './cases.js';
import { assessReport, MODEL_COMMANDS } from './commands.js';
import { render, type Report } from './render.js';

export const USAGE = `staffing-model ${packageJson.version}: achievable caseloads and recommended officers per field office

Usage:
  staffing-model assess MODEL [--vacancy-rate R]         staffing needed against staff on board
  staffing-model allocate MODEL --officers N [--method M] split N officers by workload
  staffing-model hire MODEL --hires N                     place N hires where utilization is highest
  staffing-model coverage MODEL                           which cases today's officers can cover, by priority
  staffing-model window MODEL --office ID --open-hours N --target-wait T --service-level R
                                                          size an office's check-in window as a queue
  staffing-model plan MODEL --years N --docket-growth G --attrition-rate R --training-months M
                                                          a multi-year hiring plan
  staffing-model simulate MODEL [--iterations N] [--seed S] [--confidence 0.9]
                                                          how sure: ranged estimates drawn N times
  staffing-model sensitivity MODEL                        each ranged estimate at its low and high
  staffing-model demo [--vacancy-rate R]                  assess the OIG-17-51 report scenario
  staffing-model --help | --version

MODEL is a JSON file, or a folder with model.json and CSV tables (offices.csv, case-types.csv,
tasks.csv, collateral-duties.csv).

Options:
  -f, --format F        table (default), json, csv or markdown
  --cases FILE.csv      case counts from a case-level export (one row per case; columns office, case_type)
  --case-type-map FILE  JSON object mapping the export's case-type codes to the model's ids
  --office-map FILE     JSON object mapping the export's office names to the model's office ids
  --skip-invalid        skip bad rows of --cases (listed on stderr) instead of stopping at the first
  --count-column NAME   a column with a number of cases per row (an aggregated table)
  --encoding LABEL      the export's encoding, such as windows-1252 (default: UTF-8, checked)
  --delimiter CHAR      the export's field delimiter (default ","; tab for a tab)
  --office-column NAME, --case-type-column NAME  the export's columns (default office, case_type)
  --vacancy-rate R      share of positions vacant, in [0, 1): 0.3 or 6/19; adds positions to fund
  --officers N          headcount to allocate (allocate)
  --method M            huntington-hill (default), webster, jefferson, adams or hamilton (allocate)
  --hires N             officers to add (hire)
  --office ID           the office whose window to size (window)
  --open-hours N        hours a week the window is open (window)
  --target-wait T       the wait the service level counts against: 15 min, 90 s, 0.25 (hours) (window)
  --service-level R     the share of arrivals served within the target wait: 0.8 or 80% (window)
  --handle-time T       time at the window per arrival; default: the window tasks' own time (window)
  --profile S,S,...     the share of the week's arrivals in each open hour; default: even (window)
  --years N             years to plan (plan)
  --docket-growth G     a yearly rate (0.05 or 5%), or a docket history 2016:2200000,2020:3260000,... (plan)
  --attrition-rate R    the share of officers who leave each year (plan)
  --training-months M   months from hire to carrying cases (plan)
  --hires-per-year N    hires each year; default: the fewest that close the gap by the last year (plan)
  --start-year Y        the year the model's cases describe (plan; needed with a docket history)
  --iterations N        draws of every ranged estimate, default 10000 (simulate)
  --seed S              the random stream, 0 to 4294967295, default 1: the same seed, the same result (simulate)
  --confidence C        levels to be sure at: 0.9 (default), 90% or 0.8,0.9,0.95 (simulate)
  -h, --help            this text
  -v, --version         the version

Exit status: 0 done, 2 a problem with the command or its input (printed to stderr), 1 anything else.`;

/** Where the command line reads and writes: the real process, or a test's buffers. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal: simulate then draws a progress bar there on long runs. */
  stderrIsTTY?: boolean;
}

/** A problem with the user's input that is printed as it is, exit 2. */
class InputError extends Error {}

/**
 * The model, with case counts from --cases when given; what was not counted goes to stderr (cases.ts),
 * and so does every warning about a spreadsheet folder (a table not read, a delimiter not a comma).
 */
async function modelFor(io: CliIO, file: string, args: CliArgs): Promise<Model> {
  const model = await loadModel(file, { onWarning: (warning) => io.stderr(`staffing-model: warning: ${warning.message}\n`) });
  if (args.cases === undefined) {
    for (const [key, flag] of Object.entries(CASE_FLAGS)) if (args[key as keyof typeof CASE_FLAGS]) throw new UsageError(`${flag} goes with --cases`);
    return model;
  }
  const caseTypeMap = args.caseTypeMap === undefined ? undefined : await loadMap(args.caseTypeMap, 'case-type', '{ "ND": "non-detained" }');
  const officeMap = args.officeMap === undefined ? undefined : await loadMap(args.officeMap, 'office', '{ "Wash. D.C.": "washington-dc" }');
  let options;
  try {
    options = caseCountOptions(model, args, caseTypeMap);
  } catch (error) {
    throw error instanceof RangeError ? new UsageError(error.message) : error;
  }
  const read = await readCaseCounts(args.cases, options);
  const merged = withCaseCounts(model, read.counts, officeMap ? { officeMap } : {});
  reportCaseCounts(args.cases, read, merged, (text) => io.stderr(text));
  return merged.model;
}

/** A JSON object from the export's codes or names to the model's ids. */
async function loadMap(file: string, ids: string, example: string): Promise<Record<string, string>> {
  let map: unknown;
  try {
    map = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code ? `cannot read the file (${code})` : `not valid JSON: ${(error as Error).message}`}`);
  }
  if (map === null || typeof map !== 'object' || Array.isArray(map) || !Object.values(map).every((id) => typeof id === 'string')) {
    throw new InputError(`${file}: expected an object mapping the export's names to ${ids} ids, such as ${example}`);
  }
  return map as Record<string, string>;
}

/** Builds a report; a RangeError from the library is a bad option (--officers, --vacancy-rate, ...). */
function report(build: () => Report): Report {
  try {
    return build();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Runs the command line and resolves to the exit status. Errors in the user's input go to stderr as
 * plain lines, without a stack trace.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let label = 'demo'; // what a model problem is reported against
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
      io.stdout(render(report(() => assessReport(parseModel(scenario), args)), args.format));
      return 0;
    }
    const spec = Object.hasOwn(MODEL_COMMANDS, command) ? MODEL_COMMANDS[command] : undefined;
    if (!spec) throw new UsageError(`unknown command "${command}"`);
    if (spec.needs && args[spec.needs] === undefined) throw new UsageError(`${command} needs --${spec.needs} N`);
    if (args.files.length !== 1) throw new UsageError(`${command} takes one model: staffing-model ${command} MODEL`);
    label = args.files[0]!;
    const model = await modelFor(io, label, args);
    io.stdout(render(report(() => spec.build(model, args, io)), args.format));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`staffing-model: ${error.message}\nRun 'staffing-model --help' for usage.\n`);
      return 2;
    }
    if (error instanceof ModelError) {
      const lines = error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
      io.stderr(`staffing-model: ${label}: the model has ${error.issues.length} problem(s):\n${lines.join('\n')}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof CsvInputError) {
      io.stderr(`staffing-model: ${error.message}\n`);
      return 2;
    }
    io.stderr(`staffing-model: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
