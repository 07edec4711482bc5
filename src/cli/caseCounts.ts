/**
 * The --cases group as commander options, for every command that takes a model; what the flags
 * mean and what is reported on stderr are src/cli/cases.ts's (caseCountOptions, reportCaseCounts).
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { matchKey } from '../model/matchKey.js';
import { suggestions } from '../model/nearest.js';
import type { Model } from '../model/types.js';
import type { TextPosition } from '../node/json/textPosition.js';
import { CsvInputError } from '../node/CsvInputError.js';
import { CASE_FLAGS, caseCountOptions, reportCaseCounts } from './cases.js';
import { InputError, UsageError } from './errors.js';
import { STDIN, type CliIO } from './io.js';
import type { Library } from './library.js';

/** The group's options, as commander names them (`--case-type-map` is `caseTypeMap`). */
export type CaseOptions = { cases?: string } & { [key in keyof typeof CASE_FLAGS]?: key extends 'skipInvalid' ? boolean : string };

const GROUP = 'Case counts from a case-level export (one row per case; docs/data.md):';

export function addCaseOptions(command: Command): Command {
  const options = [
    new Option('--cases <file>', 'replace the case counts with those of a CSV export (- for standard input)'),
    new Option('--case-type-map <file>', "JSON object from the export's case-type codes to the model's ids"),
    new Option('--office-map <file>', "JSON object from the export's office names to the model's office ids (for names that are neither an office's id nor its name)"),
    new Option('--skip-invalid', 'skip bad rows (listed on stderr) instead of stopping at the first'),
    new Option('--count-column <name>', 'a column with a number of cases per row (an aggregated table)'),
    new Option('--encoding <label>', "the export's encoding, such as windows-1252 (default: UTF-8, checked)"),
    new Option('--delimiter <char>', 'the field delimiter: ",", ";" or tab (default: as a "sep=;" first line says, else found from the header line, with a warning when not a comma)'),
    new Option('--office-column <name>', 'the column with the office (default "office")'),
    new Option('--case-type-column <name>', 'the column with the case type (default "case_type")'),
  ];
  for (const option of options) command.addOption(option.helpGroup(GROUP));
  return command;
}

/** Checks the group's options before anything is read: what goes with --cases, what reads stdin. */
export function checkCaseOptions(options: CaseOptions, modelFile: string): void {
  if (options.cases === undefined) {
    for (const [key, flag] of Object.entries(CASE_FLAGS)) if (options[key as keyof typeof CASE_FLAGS] !== undefined) throw new UsageError(`${flag} goes with --cases`);
  }
  if (options.cases === '-' && modelFile === '-') throw new UsageError('the model and --cases cannot both be read from standard input (-)');
}

/**
 * The model with its case counts replaced by those of the --cases export, when given; what was not
 * counted is listed on stderr (reportCaseCounts), and no row matching an office is an error.
 */
export async function modelWithCases(io: CliIO, lib: Library, model: Model, options: CaseOptions): Promise<Model> {
  const { cases: file } = options;
  if (file === undefined) return model;
  const where = file === '-' ? STDIN : file;
  const caseTypeMap = options.caseTypeMap === undefined ? undefined : await readMap(options.caseTypeMap, '{ "ND": "non-detained" }');
  const officeMap = options.officeMap === undefined ? undefined : await readMap(options.officeMap, '{ "Wash. D.C.": "washington-dc" }');
  if (caseTypeMap) checkTargets(caseTypeMap, model.caseTypes, 'case type', 'case types');
  if (officeMap) checkTargets(officeMap, model.offices, 'office', 'offices');
  let readOptions;
  try {
    readOptions = caseCountOptions(model, options, caseTypeMap?.map);
  } catch (error) {
    throw error instanceof RangeError ? new UsageError(error.message) : error; // names its flag
  }
  let read;
  try {
    read = await lib.readCaseCounts(file === '-' ? stdinOf(io) : file, readOptions);
  } catch (error) {
    // Read from standard input, an error has no file to name: it is named here.
    throw error instanceof CsvInputError ? error.inFile(where) : error;
  }
  const merged = lib.withCaseCounts(model, read.counts, officeMap ? { officeMap: officeMap.map } : {});
  reportCaseCounts(where, read, merged, (text) => io.stderr(text));
  return merged.model;
}

function stdinOf(io: CliIO): AsyncIterable<string | Uint8Array> {
  if (io.stdin === undefined) throw new InputError(`${STDIN}: there is no standard input to read`);
  return io.stdin;
}

/** A map file (--office-map, --case-type-map): its name, its object, and where each key's value stands. */
interface MapFile {
  file: string;
  map: Record<string, string>;
  at: (key: string) => TextPosition | undefined;
}

/**
 * A JSON object from the export's codes or names to the model's ids; `example` shows one. Read as a
 * model file is (src/node/json): UTF-8 or UTF-16, strict JSON, syntax errors and keys given twice
 * with their line and column.
 */
async function readMap(file: string, example: string): Promise<MapFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const [{ decodeText }, { parseJson }] = await Promise.all([import('../node/decodeText.js'), import('../node/json/parseJson.js')]);
  const { value: map, duplicates, at } = parseJson(decodeText(bytes, file), file);
  const twice = duplicates[0];
  if (twice) throw new InputError(`${file}, line ${twice.at.line}, column ${twice.at.column}: "${twice.path.join('.')}" is given twice`);
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw new InputError(`${file}: expected an object from the export's values to the model's ids, such as ${example}`);
  }
  for (const [key, id] of Object.entries(map)) {
    if (typeof id !== 'string') throw new InputError(`${file}${placeText(at([key]))}: "${key}" maps to ${JSON.stringify(id)}; expected an id (a string), such as ${example}`);
  }
  // Keys match as export strings do (matchKey): two that match each other must map to one id.
  const first = new Map<string, string>();
  for (const [key, id] of Object.entries(map as Record<string, string>)) {
    const earlier = first.get(matchKey(key));
    if (earlier !== undefined && (map as Record<string, string>)[earlier] !== id) {
      throw new InputError(`${file}${placeText(at([key]))}: "${key}" and "${earlier}" are one key (keys match trimmed, ignoring case and spacing) but map to "${id}" and "${(map as Record<string, string>)[earlier]}"`);
    }
    first.set(matchKey(key), key);
  }
  return { file, map: map as Record<string, string>, at: (key) => at([key]) };
}

const placeText = (place: TextPosition | undefined) => (place ? `, line ${place.line}, column ${place.column}` : '');

/**
 * Every value of a map names one of the model's ids: a map that names an office or case type the
 * model does not have is the map's mistake, and is reported in the map file, with the nearest id.
 *
 * @throws {InputError} `offices.json, line 2, column 14: "Wash DC" maps to office "washington-dcc", which the model does not have; did you mean "washington-dc"? (offices: ...)`
 */
function checkTargets(map: MapFile, items: readonly { id: string }[], noun: string, nouns: string): void {
  const ids = items.map((item) => item.id);
  const known = new Set(ids);
  for (const [key, id] of Object.entries(map.map)) {
    if (known.has(id)) continue;
    throw new InputError(`${map.file}${placeText(map.at(key))}: "${key}" maps to ${noun} "${id}", which the model does not have${suggestions(id, ids, nouns)}`);
  }
}
