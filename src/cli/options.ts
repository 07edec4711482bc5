/**
 * Options that several commands share, and the parsers that check option values where they are given
 * (a bad value is an error naming its flag, exit 2). A command adds a group with one call.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMATS, type Format } from './format.js';

/** What every command takes: how and where to write what it prints. */
export interface OutputOptions {
  format?: Format;
  output?: string;
}

/** -f, --format and -o, --output. Every command that prints a Report gets them (see command.ts). */
export function addOutputOptions(command: Command, outputHelp?: string): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'how to print: a table (the default), every figure (json), the rows (csv), or markdown').choices(FORMATS))
    .addOption(new Option('-o, --output <file>', outputHelp ?? 'write to the file instead of standard output; the format follows its extension (.txt, .json, .csv, .md) unless --format is given'));
}

/**
 * A number as people type it on a command line: `5`, `-0.5`, `.5`, `-.5`, `1e-3`, `+2`; not hex,
 * `Infinity` or blank. Every numeric option reads through it, so `--docket-growth -.5` and
 * `--docket-growth -50%` (the space form; commander passes a required option's next argument as its
 * value even when it starts with "-") read as they look.
 */
export const DECIMAL = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';

/** `text` is one number (spaces around it allowed). */
const ONE_DECIMAL = new RegExp(`^\\s*${DECIMAL}\\s*$`);
export const isDecimal = (text: string): boolean => ONE_DECIMAL.test(text);

/**
 * Choice options read in any case (`--method Webster`, `--format JSON`, ` csv `): commander compares
 * choices as written, so each choice option of `command` (those given `.choices(...)`, of any group)
 * gets a parser that finds the choice its value names, ignoring case and spaces around, or refuses it
 * with the list. program.ts calls it once per command, after every option is added.
 */
export function anyCaseChoices(command: Command): Command {
  for (const option of command.options) {
    const choices = option.argChoices;
    if (choices === undefined) continue;
    option.argParser((value: string) => {
      const choice = choices.find((known) => known.toLowerCase() === value.trim().toLowerCase());
      if (choice === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
      return choice;
    });
  }
  return command;
}

/**
 * A list option's values, refused when one repeats (`--confidence 0.9,90%`): it would be one figure
 * shown twice. `shown[i]` is how value i is named in the message, `key` what makes two values the same.
 *
 * @throws {InvalidArgumentError} `The level 90% is given twice (as 0.9 and 90%); give each once.`
 */
export function givenOnce<T>(values: T[], shown: readonly string[], noun: string, key: (value: T) => unknown = (value) => value): T[] {
  const keys = values.map(key);
  const again = keys.findIndex((value, i) => keys.indexOf(value) !== i);
  if (again === -1) return values;
  const [first, second] = [shown[keys.indexOf(keys[again])]!.trim(), shown[again]!.trim()];
  throw new InvalidArgumentError(`The ${noun} ${second} is given twice${first === second ? '' : ` (as ${first} and ${second})`}; give each once.`);
}

/** -o, --output for a command that writes an HTML page (report): no --format, any file name. */
export function addPageOutput(command: Command): Command {
  return command.addOption(new Option('-o, --output <file>', 'write the HTML page to the file instead of standard output'));
}

/**
 * A parser of a whole number written in digits (`2000`; not `1e3`, `2.5` or `-5`) from `least` up to
 * `most`: its message states the same rule as the library's, so a value the parser passes is not then
 * refused by another rule.
 *
 * @throws {InvalidArgumentError} `Expected a whole number from 2 to 10000000, written in digits.`
 */
export function wholeParser(least: number, most?: number): (text: string) => number {
  const rule = `Expected a whole number ${most === undefined ? `>= ${least}` : `from ${least} to ${most}`}, written in digits.`;
  return (text) => {
    const value = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || value < least || (most !== undefined && value > most)) throw new InvalidArgumentError(rule);
    return value;
  };
}

/** A whole number >= 0, such as a headcount. */
export const parseWhole = wholeParser(0);

/** A fraction of two numbers: `6/19`. */
export const FRACTION = new RegExp(`^\\s*(${DECIMAL})\\s*\\/\\s*(${DECIMAL})\\s*$`);

/** A share in [0, 1): a decimal (`0.316`) or a fraction of counts (`6/19`: 6 of 19 positions vacant). */
export function parseShare(text: string): number {
  const fraction = FRACTION.exec(text);
  const value = fraction ? Number(fraction[1]) / Number(fraction[2]) : isDecimal(text) ? Number(text) : NaN;
  if (!(value >= 0 && value < 1)) throw new InvalidArgumentError('Expected a share in [0, 1), such as 0.3, or a fraction such as 6/19.');
  return value;
}

export interface VacancyOptions {
  vacancyRate?: number;
}

/** --vacancy-rate R: positions to fund for the officers required. */
export function addVacancyRate(command: Command): Command {
  return command.addOption(
    new Option('--vacancy-rate <rate>', 'share of funded positions that stand vacant, in [0, 1): 0.3 or 6/19; adds the positions to fund').argParser(parseShare),
  );
}
