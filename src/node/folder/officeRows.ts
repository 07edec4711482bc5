import { CsvInputError } from '../CsvInputError.js';
import { numberCell, textCell } from './cells.js';
import { arrayAt, idOf, objectAt, type Json } from './modelInput.js';
import { suggestions } from '../../model/nearest.js';
import { setOrigin, type Origins } from './origins.js';
import type { TableRow } from './readTable.js';

const OFFICE_COLUMNS = { id: 'office', name: 'name', source: 'source' };

/** Where a value was given first: a line of the table, or model.json. */
function firstGiven(lines: Map<string, number>, key: string): string {
  const line = lines.get(key);
  return line === undefined ? 'in model.json' : `on line ${line}`;
}

/**
 * Adds the rows of offices.csv: officers per office and docket, and the office's name and source.
 * When model.json lists offices, those are the offices and a row must name one of them (a typo would
 * otherwise make a phantom office whose officers the totals hide); else the rows make the offices.
 *
 * @throws {CsvInputError} `models/ice/offices.csv, line 4, column "office": office "Washington-DC" is not in model.json; did you mean "washington-dc"? (offices: ...)`
 */
export function addOffices(input: Json, rows: readonly TableRow[], file: string, origins: Origins): void {
  const offices = arrayAt(input, 'offices', []);
  const fromModelJson = offices.length > 0;
  const ids = offices.map(idOf);
  const indexOf = new Map<string | undefined, number>(ids.map((id, index) => [id, index] as const).reverse()); // an id's first office
  const dockets = [...new Set(arrayAt(input, 'caseTypes', []).map((caseType) => (typeof caseType?.docket === 'string' ? caseType.docket : undefined)))].filter((d) => d !== undefined);
  const byFoldedId = new Map<string, number>(); // offices this table made, by their id in lower case
  const lines = new Map<string, number>(); // where each value was given: `${office index}\0${field}` -> line
  for (const row of rows) {
    const place = (column: string) => ({ file, line: row.line, column });
    const id = textCell(row, 'office', file);
    let index = indexOf.get(id) ?? -1;
    if (index === -1) {
      if (fromModelJson) throw new CsvInputError(`office "${id}" is not in model.json${suggestions(id, ids.filter((known) => known !== undefined), 'offices')}`, place('office'));
      const twin = byFoldedId.get(id.toLowerCase());
      if (twin !== undefined) {
        throw new CsvInputError(`office "${ids[twin]}" on line ${lines.get(`${twin}\0id`)} differs from "${id}" only in case; write an id the same way on every row`, place('office'));
      }
      index = offices.push({ id }) - 1;
      ids.push(id);
      indexOf.set(id, index);
      byFoldedId.set(id.toLowerCase(), index);
      lines.set(`${index}\0id`, row.line);
      setOrigin(origins, ['offices', index], { file, line: row.line, columns: OFFICE_COLUMNS });
    }
    const office = offices[index]!;
    const docket = textCell(row, 'docket', file);
    if (!dockets.includes(docket)) throw new CsvInputError(`no case type is on docket "${docket}"${suggestions(docket, dockets, 'dockets')}`, place('docket'));
    const officers = objectAt(office, 'officers', ['offices', index]);
    const key = `${index}\0officers\0${docket}`;
    if (Object.hasOwn(officers, docket)) throw new CsvInputError(`the officers of office "${id}" on docket "${docket}" are given twice (first ${firstGiven(lines, key)})`, place('officers'));
    // defineProperty, not `officers[docket] =`: a docket named "__proto__" stays a key (and parseModel names it).
    Object.defineProperty(officers, docket, { value: numberCell(row, 'officers', file, true), enumerable: true, writable: true, configurable: true });
    lines.set(key, row.line);
    setOrigin(origins, ['offices', index, 'officers', docket], { file, line: row.line, column: 'officers' });
    for (const field of ['name', 'source']) {
      const value = row.cells[field];
      if (!value) continue;
      if (office[field] !== undefined && office[field] !== value) {
        throw new CsvInputError(`office "${id}" has the ${field} "${office[field]}" ${firstGiven(lines, `${index}\0${field}`)}; a row may not give another`, place(field));
      }
      if (office[field] === undefined) lines.set(`${index}\0${field}`, row.line);
      office[field] = value;
    }
  }
}
