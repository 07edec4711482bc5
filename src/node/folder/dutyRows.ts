import type { IssuePath } from '../../model/ModelError.js';
import { CsvInputError } from '../CsvInputError.js';
import { activity, activityColumns, arrayAt, idOf, type Json } from './modelInput.js';
import { suggestions } from '../../model/nearest.js';
import { setOrigin, type Origins } from './origins.js';
import type { TableRow } from './readTable.js';

/**
 * Adds the rows of collateral-duties.csv: a duty of every office when `office` is blank, else of that
 * office, which must be one of the model's offices (model.json's, or those offices.csv made).
 *
 * @throws {CsvInputError} `models/ice/collateral-duties.csv, line 3, column "office": office "seatle-wa" is not in the model; did you mean "seattle-wa"? (offices: ...)`
 */
export function addDuties(input: Json, rows: readonly TableRow[], file: string, origins: Origins): void {
  const offices = arrayAt(input, 'offices', []);
  const ids = offices.map(idOf);
  for (const row of rows) {
    const officeId = row.cells.office;
    let owner = input;
    let path: IssuePath = [];
    if (officeId) {
      const index = ids.indexOf(officeId);
      if (index === -1) {
        const known = ids.filter((id) => id !== undefined);
        throw new CsvInputError(`office "${officeId}" is not in the model${suggestions(officeId, known, 'offices')}`, { file, line: row.line, column: 'office' });
      }
      owner = offices[index]!;
      path = ['offices', index];
    }
    const duties = arrayAt(owner, 'collateralDuties', path);
    setOrigin(origins, [...path, 'collateralDuties', duties.length], { file, line: row.line, columns: activityColumns('duty') });
    duties.push(activity(row, file, 'duty'));
  }
}
