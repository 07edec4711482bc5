import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import type { ModelLike } from '../../model/types.js';
import { formatCount, formatTwoDecimals, formatWhole } from '../../output/numbers.js';
import { plural } from '../../internal/plural.js';
import { timeStudyRow, timeStudyTable } from '../../output/timeStudyTable.js';
import type { TimeStudySummary } from '../../timestudy/types.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { writeOutput, type CliIO } from '../io.js';
import { library, type Library } from '../library.js';
import { loadModelArgument } from '../model.js';
import { wholeParser } from '../options.js';
import { MAX_SEED } from '../../internal/seededSource.js';
import { readStudy } from '../timeStudyInput.js';
import { parseNumber } from '../windowPlanParsers.js';

interface TimeStudyOptions {
  caseloads: string;
  studyWorkdays: number;
  workdaysPerYear?: number;
  base?: string;
  seed: number;
  encoding?: string;
  delimiter?: string;
  skipInvalid?: boolean;
}

/** A whole number of workdays >= 1 (`--study-workdays 20`). */
function parseWorkdays(text: string): number {
  const value = parseNumber(text);
  if (!(Number.isSafeInteger(value) && value >= 1)) throw new InvalidArgumentError('Expected a whole number of workdays >= 1.');
  return value;
}

/** A number > 0 (`--workdays-per-year 230`). */
function parsePositive(text: string): number {
  const value = parseNumber(text);
  if (!(value > 0)) throw new InvalidArgumentError('Expected a number > 0.');
  return value;
}

/**
 * The --base model, checked as every command checks a model; from a JSON file as the file writes it,
 * so that the model written keeps the base's inputs in their form (`"20 min"`, `every`); from a
 * folder or standard input as loaded.
 */
async function baseModel(io: CliIO, lib: Library, file: string): Promise<ModelLike> {
  const model = await loadModelArgument(io, lib, file);
  if (file === '-' || (await stat(file)).isDirectory()) return model;
  const { readJsonModel } = await import('../../node/json/readJsonModel.js');
  return (await readJsonModel(file, file)) as ModelLike;
}

/** Hours per case a year per case type: the sum of its measured tasks' hoursPerCase. */
function caseWeights(summary: TimeStudySummary): string[] {
  const weights = new Map<string, number>();
  for (const t of summary.tasks) if (t.hoursPerCase !== null) weights.set(t.caseType, (weights.get(t.caseType) ?? 0) + t.hoursPerCase);
  return [...weights].map(([caseType, hours]) => `${caseType}: ${formatTwoDecimals(hours)} h per case a year from the tasks measured`);
}

export const timeStudyCommand: CliCommand<TimeStudyOptions> = {
  name: 'timestudy',
  summary: "a time study's log to task times, frequencies and a model (docs/time-study.md)",
  description:
    "Reads a time-study log (CSV: officer, date, case_type, task, minutes; office, cases) and the caseloads the officers carried (CSV: case_type, caseload; office), prints per task the minutes per occurrence with its 90% interval and the occurrences per case a year, writes the sufficiency warnings to stderr, and with -o writes the model the study gives (ranged task times, measured frequencies, non-case work as duties), over --base when given.",
  examples: [
    ['staffing-model timestudy log.csv --caseloads caseloads.csv --study-workdays 20', 'the per-task summary'],
    ['staffing-model timestudy log.csv --caseloads caseloads.csv --study-workdays 20 -o model.json', 'and write the model'],
    ['staffing-model timestudy log.csv --caseloads caseloads.csv --study-workdays 20 --base base.json -o model.json', 'update a model, keeping what was not measured'],
    ['staffing-model timestudy - --caseloads caseloads.csv --study-workdays 20 --workdays-per-year 230 -f csv', 'the log on stdin; tasks as CSV'],
  ],
  outputHelp: 'write the model the study gives (JSON) to the file, which must end in .json; - for standard output (the summary then goes to stderr)',
  configure: (command) =>
    command
      .argument('<log>', 'the time-study log: a CSV file, or - for standard input')
      .addOption(new Option('--caseloads <file>', 'CSV of the caseloads carried during the study: case_type, caseload (and office, per office)').makeOptionMandatory())
      .addOption(new Option('--study-workdays <n>', 'workdays the study ran (a whole number, at least the distinct dates any officer logged)').argParser(parseWorkdays).makeOptionMandatory())
      .addOption(new Option('--workdays-per-year <n>', "workdays a year the office works, scaling case frequencies (default: the base officer year's paid workdays, else 260; non-case hours use the officer's available workdays)").argParser(parsePositive))
      .addOption(new Option('--base <model>', 'the model to update: a JSON file or a folder of CSV tables'))
      .addOption(new Option('--seed <s>', 'the seed of the bootstrap intervals: the same seed gives the same intervals').argParser(wholeParser(0, MAX_SEED)).default(1))
      .addOption(new Option('--encoding <label>', 'the encoding of both CSV files, such as windows-1252 (default: UTF-8, checked)'))
      .addOption(new Option('--delimiter <char>', 'the field delimiter of both CSV files (tab for a tab; default: as a "sep=;" first line says, else found from the header line)'))
      .addOption(new Option('--skip-invalid', "skip the log's bad rows (listed on stderr) instead of stopping at the first")),
  async run(io, [logFile], options) {
    if ([logFile, options.caseloads, options.base].filter((file) => file === '-').length > 1) {
      throw new UsageError('only one of the log, --caseloads and --base can be read from standard input (-)');
    }
    if (options.output !== undefined && options.output !== '-' && extname(options.output).toLowerCase() !== '.json') {
      throw new UsageError(`--output ${options.output}: timestudy writes a model, as JSON; give a file ending in .json (the summary prints with --format csv, json or markdown to standard output)`);
    }
    const lib = await library();
    const base = options.base === undefined ? undefined : await baseModel(io, lib, options.base);
    const read = await readStudy(io, lib, logFile!, options, base);
    const { summary } = read;
    for (const warning of summary.warnings) io.stderr(`staffing-model: warning: ${warning.message}\n`);
    const { entries, officers, firstDate, lastDate, studyWorkdays, workdaysPerYear, skipped } = summary.study;
    const report = {
      title: `Time study: ${plural(entries, 'entry', 'entries')}${skipped > 0 ? ` (${plural(skipped, 'row')} skipped)` : ''}, ${firstDate} to ${lastDate}, ${plural(officers, 'officer')}, ${plural(studyWorkdays, 'workday')} of a ${formatCount(workdaysPerYear)}-workday year`,
      summary: caseWeights(summary),
      table: () => timeStudyTable(summary),
      result: { summary },
      rows: summary.tasks.map(timeStudyRow),
    };
    if ('problem' in read) {
      const { render } = await import('../render.js');
      const text = render({ ...report, notes: ['No model: it does not load (the error follows).'] }, options.format ?? 'table');
      if (options.output === '-') io.stderr(text);
      else io.stdout(text);
      throw read.problem;
    }
    const { study } = read;
    if (options.output !== undefined) await writeOutput(io, `${JSON.stringify(study.model, null, 2)}\n`, options.output);
    if (base === undefined && options.output !== undefined) {
      io.stderr("staffing-model: note: the model has no offices (use --base to keep the base's offices), so assess, allocate and plan have nothing to staff\n");
    }
    return {
      ...report,
      notes: [
        ...summary.activities.map((a) => `Non-case work: ${a.activity}, ${formatTwoDecimals(a.hoursPerOfficerYear)} h per officer year (${plural(a.n, 'entry', 'entries')}).`),
        ...study.notUsed.map((t) => `Not in the model: ${t.caseType} / ${t.task} (${t.reason}).`),
        `The model: ${plural(study.fromStudy.length, 'input')} from the study, ${formatWhole(study.fromBase.length)} from the base${options.output === undefined ? '; write it with -o FILE' : `, written to ${options.output === '-' ? 'standard output' : options.output}`}.`,
      ],
      result: { summary, model: study },
      rows: summary.tasks.map(timeStudyRow),
    };
  },
};
