import { ownValue } from '../internal/records.js';

/** Characters that make a spreadsheet run a text cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return String(cell);
  const value = typeof cell === 'string' ? cell : JSON.stringify(cell);
  // Text that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP recommends,
  // and is always quoted; numbers are never touched, so -3 stays a number.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A result table as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks quoted, quotes doubled; other objects written as JSON). Takes an array of row objects, or a result with `rows` (an
 * assessment: its rows). Columns are the keys in the order they first appear; null is an empty cell.
 * Text cells that start with `=`, `+`, `-`, `@`, tab or carriage return are neutralized with a leading
 * `'` (OWASP CSV Injection guidance), so an office named `=HYPERLINK(...)` stays text.
 *
 * @throws {TypeError} `toCsv expects an array of row objects or a result with rows`
 * @example
 * toCsv([{ office: '=cmd', cases: -3 }]) // => 'office,cases\r\n"\'=cmd",-3\r\n'
 */
export function toCsv(table: readonly object[] | { readonly rows: readonly object[] }): string {
  const rows: unknown = Array.isArray(table) ? table : (table as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows) || !rows.every((row) => row !== null && typeof row === 'object')) {
    throw new TypeError('toCsv expects an array of row objects or a result with rows');
  }
  const records = rows as Record<string, unknown>[];
  const seen = new Set<string>();
  for (const row of records) for (const key of Object.keys(row)) seen.add(key);
  const columns = [...seen];
  // Own properties only: a row without a "constructor" column has an empty cell there, not Object.
  const cell = (row: Record<string, unknown>, i: number) => csvCell(ownValue(row, columns[i]!));
  // One string per line, built as it goes: no array per row at national scale.
  let csv = `${columns.map(csvCell).join(',')}\r\n`;
  for (const row of records) {
    let line = cell(row, 0);
    for (let i = 1; i < columns.length; i++) line += `,${cell(row, i)}`;
    csv += `${line}\r\n`;
  }
  return csv;
}
