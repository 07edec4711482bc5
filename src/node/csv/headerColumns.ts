import { CsvInputError } from '../CsvInputError.js';
import { quotedList } from '../../internal/quotedList.js';

/** A header name as it is compared: spaces around it trimmed, case ignored, Unicode NFC. */
export function headerKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/**
 * Where each wanted column is in the header (-1 for an undefined name), matching names as
 * `headerKey` does: `Office ` and `OFFICE` are the column `office`.
 *
 * @throws {CsvInputError} `line 1: the header has no column "office" (columns: "Office_Id", "type")`,
 *   `line 1: the header has 2 columns "office" (columns 1 and 4)`
 */
export function headerColumns(
  header: readonly string[],
  wanted: readonly (string | undefined)[],
  place: { file: string | undefined; line: number; endLine: number },
): number[] {
  const keys = header.map(headerKey);
  return wanted.map((name) => {
    if (name === undefined) return -1;
    const key = headerKey(name);
    const at = keys.flatMap((column, index) => (column === key ? [index + 1] : []));
    if (at.length === 0) throw new CsvInputError(`the header has no column "${name}" (columns: ${quotedList(header)})`, place);
    if (at.length > 1) throw new CsvInputError(`the header has ${at.length} columns "${name}" (columns ${at.join(' and ')})`, place);
    return at[0]! - 1;
  });
}
