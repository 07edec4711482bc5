import { join } from 'node:path';
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
 * The model input of a folder: model.json (when there), then the rows of each table added to it,
 * with the origin of every object built from a row.
 */
export async function folderInput(folder: string, files: FolderFiles, onWarning: OnWarning): Promise<{ input: Json; origins: Origins }> {
  const base = files.modelJson === undefined ? {} : await readJsonModel(join(folder, files.modelJson), files.modelJson);
  if (base === null || typeof base !== 'object' || Array.isArray(base)) throw new CsvInputError('expected an object: { "caseTypes": [...], ... }', { file: files.modelJson });
  const input = base as Json;
  const origins: Origins = new Map();
  for (const [spec, add] of ADDERS) {
    const file = files.tables.get(spec);
    if (file !== undefined) add(input, await readTable(join(folder, file), file, spec, onWarning), file, origins);
  }
  return { input, origins };
}
