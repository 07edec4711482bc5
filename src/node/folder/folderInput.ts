import { sep } from 'node:path';
import { CsvInputError } from '../CsvInputError.js';
import type { OnWarning } from '../InputWarning.js';
import { readJsonModel } from '../json/readJsonModel.js';
import { addCaseTypes, addTasks } from './caseTypeRows.js';
import { addDuties } from './dutyRows.js';
import type { FolderFiles } from './listFolder.js';
import type { Json } from './modelInput.js';
import { addOffices } from './officeRows.js';
import type { Origins } from './origins.js';
import { readTable, type TableRow } from './readTable.js';
import { CASE_TYPES, DUTIES, OFFICES, TASKS, type TableSpec } from './tables.js';

/** What each table adds to the model input, in the order the tables are read. */
const ADDERS: [TableSpec, (input: Json, rows: readonly TableRow[], file: string, origins: Origins) => void][] = [
  [CASE_TYPES, addCaseTypes],
  [TASKS, addTasks],
  [OFFICES, addOffices],
  [DUTIES, addDuties],
];

/**
 * A file of the folder, as messages name it: the folder's path as given (`./models/ice`, `models/ice/`)
 * and the file's name, as readCaseCounts names its file by the path it is given and listFolder the
 * folder: `./models/ice/offices.csv`. With several folders, a message says which.
 */
function fileIn(folder: string, name: string): string {
  return folder.endsWith('/') || folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/**
 * The model input of a folder: model.json (when there), then the rows of each table added to it,
 * with the origin of every object built from a row. Errors, warnings and origins name each file by
 * fileIn.
 */
export async function folderInput(folder: string, files: FolderFiles, onWarning: OnWarning): Promise<{ input: Json; origins: Origins }> {
  const modelJson = files.modelJson === undefined ? undefined : fileIn(folder, files.modelJson);
  const base = modelJson === undefined ? {} : await readJsonModel(modelJson, modelJson);
  if (base === null || typeof base !== 'object' || Array.isArray(base)) throw new CsvInputError('expected an object: { "caseTypes": [...], ... }', { file: modelJson });
  const input = base as Json;
  const origins: Origins = new Map();
  for (const [spec, add] of ADDERS) {
    const name = files.tables.get(spec);
    if (name === undefined) continue;
    const file = fileIn(folder, name);
    add(input, await readTable(file, spec, onWarning), file, origins);
  }
  return { input, origins };
}
