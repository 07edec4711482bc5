import { readdir } from 'node:fs/promises';
import { quotedList } from '../../internal/quotedList.js';
import { CsvInputError } from '../CsvInputError.js';
import { inputWarning, type InputWarning, type OnWarning } from '../InputWarning.js';
import { nearest } from '../../model/nearest.js';
import { TABLES, type TableSpec } from './tables.js';

/** The model files of a folder, by the names they have there (`Offices.CSV` is offices.csv). */
export interface FolderFiles {
  modelJson: string | undefined;
  tables: Map<TableSpec, string>;
}

/** Files that look like data: when such a file is not one the folder's model is read from, a warning says so. */
const DATA_FILE = /\.(csv|tsv|txt|json|xlsx|xls|ods)$/i;

/** A file name without its extension. */
function stem(name: string): string {
  return name.replace(/\.[^.]*$/, '');
}

/**
 * Finds model.json and the tables in a folder, ignoring case in their names. Warns of each other data
 * file (it is not read), with the name it may have meant.
 *
 * @throws {CsvInputError} for a folder with none of them, listing what it holds:
 *   `models/x: no model here: ... (found: "notes.txt", "offices.xlsx")`; or for two files of one table
 */
export async function listFolder(folder: string, onWarning: OnWarning): Promise<FolderFiles> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new CsvInputError(`cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file: folder });
  }
  const names = entries.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name)).sort();
  const known = ['model.json', ...TABLES.map((table) => table.file)];
  const found = new Map<string, string>(); // known name -> the name in the folder
  const warnings: InputWarning[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (known.includes(lower)) {
      const twin = found.get(lower);
      if (twin !== undefined) throw new CsvInputError(`"${twin}" and "${name}" are both ${lower}; keep one`, { file: folder });
      found.set(lower, name);
    } else if (DATA_FILE.test(name)) {
      const meant = known.find((file) => stem(file) === stem(lower)) ?? nearest(name, known);
      warnings.push(inputWarning(`"${name}" is not read${meant === undefined ? '' : `; did you mean "${meant}"?`} (a model folder holds ${known.join(', ')})`, folder));
    }
  }
  if (found.size === 0) {
    throw new CsvInputError(`no model here: the folder has neither model.json nor any of ${TABLES.map((t) => t.file).join(', ')} (found: ${quotedList(names)})`, { file: folder });
  }
  for (const warning of warnings) onWarning(warning);
  return { modelJson: found.get('model.json'), tables: new Map(TABLES.flatMap((table) => (found.has(table.file) ? [[table, found.get(table.file)!]] : []))) };
}
