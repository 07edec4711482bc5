import { stat } from 'node:fs/promises';
import { ModelError } from '../model/ModelError.js';
import { parseModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';
import { CsvInputError } from './CsvInputError.js';
import { folderInput } from './folder/folderInput.js';
import { listFolder } from './folder/listFolder.js';
import { locateIssues } from './folder/origins.js';
import type { OnWarning } from './InputWarning.js';
import { readJsonModel } from './json/readJsonModel.js';

/** Options of `loadModel`. */
export interface LoadModelOptions {
  /**
   * Called with each warning (`InputWarning`: file, line, reason, message): a table separated by
   * semicolons or tabs, a data file in the folder that is not read. Reading goes on. Default: none.
   */
  onWarning?: OnWarning;
}

/**
 * A model from a JSON file, or from a folder holding `model.json` and any of these CSV tables (a model
 * kept in a spreadsheet): `offices.csv` (office, docket, officers; name, source), `case-types.csv`
 * (id, docket; label, priority, source), `tasks.csv` (case_type, task, time; per_year or every, share,
 * source, window) and `collateral-duties.csv` (duty, time; office, per_year or every, share, source; no
 * office is a duty of every office). A time may be a range in `low`, `mode`, `high`, `dist` and a
 * per_year in `per_year_low`, `per_year_mode`, `per_year_high`, `per_year_dist`. Rows add to what model.json holds. A time without a unit is hours.
 * The rules for files, tables and cells are in docs/data.md. Does not change the files. Messages name
 * a file of a folder by `path` as given, then the file's name (`models/ice/offices.csv`).
 *
 * @returns the parsed, frozen model (as `parseModel` returns it)
 * @throws {CsvInputError} for a file that cannot be read, is not JSON or CSV as described, or a cell
 *   that cannot be used, naming the file, line and column: `models/ice/tasks.csv, line 4, column "per_year": expected a number, got "abc"`;
 *   `models/ice/model.json, line 3, column 17: not valid JSON: expected "," or "]", found the end of the file`
 * @throws {ModelError} the model's issues; those about rows say where: `models/ice/tasks.csv, line 4, column "time": ...`;
 *   a JSON key given twice: `offices[0].cases.nd: models/ice/model.json, line 12, column 9: key given twice (first at line 11, column 9)`
 * @example
 * const model = await loadModel('fixtures/oig-17-51/scenario-folder')
 * model.offices.length // => 4
 * await loadModel('fixtures/folders/semicolons', { onWarning: (w) => console.error(w.message) })
 * // prints, for each of the four tables:
 * // fixtures/folders/semicolons/case-types.csv, line 1: the columns are separated by semicolons (";"), not commas; read as such
 */
export async function loadModel(path: string, options: LoadModelOptions = {}): Promise<Model> {
  const onWarning = options.onWarning ?? (() => {});
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CsvInputError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: path });
  }
  if (!info.isDirectory()) return parseModel(await readJsonModel(path, path));
  const { input, origins } = await folderInput(path, await listFolder(path, onWarning), onWarning);
  try {
    return parseModel(input);
  } catch (error) {
    throw error instanceof ModelError ? locateIssues(error, origins) : error;
  }
}
