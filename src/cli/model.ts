import type { Model } from '../model/types.js';
import { cannotRead, modelProblems } from './errors.js';
import { readStdin, STDIN, type CliIO } from './io.js';
import type { Library } from './library.js';

/** The MODEL argument, as every command that takes one declares it. */
export const MODEL_ARGUMENT = ['<model>', 'a model: a JSON file, a folder of CSV tables (see docs/data.md), or - for standard input (JSON)'] as const;

/**
 * The model a command was given: a JSON file, a folder kept in a spreadsheet, or `-` for JSON on
 * standard input. A file that cannot be read, text that is not JSON and a model with problems are
 * errors that name the file (exit 2).
 */
export async function loadModelArgument(io: CliIO, lib: Library, file: string): Promise<Model> {
  const where = file === '-' ? STDIN : file;
  try {
    // Warnings (a file of the folder that is not read, a table separated by semicolons) go to stderr.
    if (file !== '-') return await lib.loadModel(file, { onWarning: (warning) => io.stderr(`staffing-model: warning: ${warning.message}\n`) });
    // Read as a model file is: UTF-8 or UTF-16, strict JSON with line and column, keys given twice reported.
    const [{ decodeText }, { jsonModel }] = await Promise.all([import('../node/decodeText.js'), import('../node/json/readJsonModel.js')]);
    const input = jsonModel(decodeText(await readStdin(io), STDIN), STDIN);
    return lib.parseModel(input as Parameters<Library['parseModel']>[0]);
  } catch (error) {
    if (error instanceof lib.ModelError) throw modelProblems(where, error);
    throw cannotRead(where, 'the file', error) ?? error;
  }
}
