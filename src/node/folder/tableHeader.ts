import { CsvInputError } from '../CsvInputError.js';
import { emptyRecord } from '../../internal/records.js';
import { suggestions } from '../../model/nearest.js';
import type { TableSpec } from './tables.js';
import { plural } from '../../internal/plural.js';

/** A table's header, read: turns a row's fields into cells by column. */
export interface TableHeader {
  /** A row's cells by the spec's column names; throws for a row that does not fit the header. */
  cells(fields: readonly string[], line: number): Record<string, string>;
}

/**
 * Reads a header line's fields (trimmed) against a table's columns. Names match ignoring case
 * (`Office`, `PER_YEAR`). A blank name is a column a spreadsheet saved empty: its cells must be blank,
 * as must any past the header's end; a row must reach the last named column.
 *
 * @throws {CsvInputError} for an unknown column, a column given twice, or a required column missing:
 *   `models/ice/offices.csv, line 1, column "Officers": the column is given twice (columns 3 and 4)`
 */
export function tableHeader(fields: readonly string[], spec: TableSpec, file: string, line: number): TableHeader {
  const columns = [...spec.required, ...spec.optional];
  // The spec's name of each field's column; undefined for a column without a name.
  const names = fields.map((field, index) => {
    if (field === '') return undefined;
    const name = columns.find((column) => column === field.toLowerCase());
    if (name === undefined) throw new CsvInputError(`unknown column${suggestions(field, columns, 'columns')}`, { file, line, column: field });
    const first = fields.findIndex((other) => other.toLowerCase() === name);
    if (first < index) throw new CsvInputError(`the column is given twice (columns ${first + 1} and ${index + 1})`, { file, line, column: field });
    return name;
  });
  for (const column of spec.required) {
    if (!names.includes(column)) throw new CsvInputError(`the header has no column "${column}" (columns: ${fields.filter((f) => f !== '').join(', ')})`, { file, line });
  }
  let namedWidth = names.length;
  while (names[namedWidth - 1] === undefined) namedWidth--;
  return {
    cells(row, rowLine) {
      const place = { file, line: rowLine };
      if (row.length < namedWidth) throw new CsvInputError(`expected ${plural(fields.length, 'field')}, found ${row.length}`, place);
      const cells = emptyRecord<string>();
      row.forEach((value, index) => {
        const name = names[index];
        if (name !== undefined) cells[name] = value;
        else if (value === '') return;
        else if (index < fields.length) throw new CsvInputError(`"${value}" stands in column ${index + 1}, which has no name in the header`, place);
        else throw new CsvInputError(`expected ${plural(fields.length, 'field')}, found ${row.length} (quote a value that holds the delimiter: "a, b")`, place);
      });
      return cells;
    },
  };
}
