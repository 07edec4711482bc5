/**
 * A command of the command line. Adding one is a module in commands/ that exports a CliCommand (most
 * take a model: use modelCommand) and a line in commands/index.ts. Every command gets --output and
 * --help, and a command that prints a Report gets --format; its --help shows its usage, options and
 * examples.
 */
import type { Command } from 'commander';
import type { Model } from '../model/types.js';
import { addCaseOptions, checkCaseOptions, modelWithCases, type CaseOptions } from './caseCounts.js';
import type { CliIO } from './io.js';
import { library, type Library } from './library.js';
import { loadModelArgument, MODEL_ARGUMENT } from './model.js';
import type { OutputOptions } from './options.js';
import type { Report } from './render.js';

/** What a command that writes HTML (`writes: 'html'`) gives: the page, written as it is. */
export interface Page {
  html: string;
}

export interface CliCommand<Options = object> {
  name: string;
  /** One line, in the list of commands. */
  summary: string;
  /** More, in the command's own --help (default: the summary). */
  description?: string;
  /** Command lines shown under "Examples:" in the command's --help, each with what it does. */
  examples: readonly (readonly [line: string, what: string])[];
  /** Declares the command's arguments and options: its own, and groups from options.ts. */
  configure(command: Command): Command;
  /**
   * Library parameter names that the library's messages may use, and the flags that set them
   * (`{ totalOfficers: '--officers' }`): a RangeError from the library is printed in the flags' words.
   * Options named as the library names them (`vacancyRate`, `--vacancy-rate`) need no entry.
   */
  parameters?: Readonly<Record<string, string>>;
  /**
   * What -o means when it is not "write the report there": its help text. A command that sets it
   * writes that file itself (timestudy: the model); the report goes to standard output (to stderr with
   * `-o -`, where the file is standard output), in --format's format.
   */
  outputHelp?: string;
  /**
   * What the command writes: a Report, printed in --format (the default), or (`'html'`) a Page, which
   * takes no --format and goes to -o FILE, whatever the file's extension.
   */
  writes?: 'html';
  /** What the command prints, from its arguments (in order) and options. */
  run(io: CliIO, args: string[], options: Options & OutputOptions): Promise<Report | Page>;
}

/** A command that takes one MODEL, with the --cases group, and builds a report from the model. */
export interface ModelCommandSpec<Options> extends Omit<CliCommand<Options>, 'run' | 'configure'> {
  /** The command's own options (default: none). */
  configure?(command: Command): Command;
  /** `io` is for what a command shows while it runs (simulate's progress bar on stderr). */
  report(lib: Library, model: Model, options: Options & OutputOptions, io: CliIO): Report | Page;
}

export function modelCommand<Options>(spec: ModelCommandSpec<Options>): CliCommand<Options & CaseOptions> {
  return {
    ...spec,
    configure: (command) => addCaseOptions((spec.configure?.(command) ?? command).argument(...MODEL_ARGUMENT)),
    async run(io, [file], options) {
      checkCaseOptions(options, file!);
      const lib = await library();
      const model = await modelWithCases(io, lib, await loadModelArgument(io, lib, file!), options);
      return spec.report(lib, model, options, io);
    },
  };
}
