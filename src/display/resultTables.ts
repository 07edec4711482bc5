/** A result's data laid out for display: what it is about, then its tables. */
export interface ResultLayout {
  /** Top-level scalar fields and lists of scalars: `[field, value]`. */
  summary: [string, unknown][];
  /** Top-level lists of records (rows, offices, tasks, ...) and records (total, weights), one table each. */
  tables: { name: string; columns: string[]; rows: unknown[][] }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A record's scalar fields, nested records' fields under dotted names (`requiredOfficers.p95`). */
function flatten(record: Record<string, unknown>, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (isRecord(value)) flatten(value, `${prefix}${key}.`, into);
    else into[`${prefix}${key}`] = value;
  }
  return into;
}

/** A table of records: the columns are every flattened field any record has, in first-seen order. */
function recordsTable(name: string, records: Record<string, unknown>[]) {
  const flat = records.map((record) => flatten(record));
  const columns = [...new Set(flat.flatMap((record) => Object.keys(record)))];
  return { name, columns, rows: flat.map((record) => columns.map((column) => record[column])) };
}

/**
 * Lays out any result of the library for display, by its shape alone: scalars and lists of scalars as
 * a summary, lists of records and records as tables. Knows no result type, so it serves them all.
 *
 * @example
 * resultTables({ iterations: 2, rows: [{ office: 'a', p: { p5: 1 } }], total: { cases: 3 } })
 * // => { summary: [['iterations', 2]], tables: [{ name: 'rows', columns: ['office', 'p.p5'], rows: [['a', 1]] }, { name: 'total', columns: ['cases'], rows: [[3]] }] }
 */
export function resultTables(result: object): ResultLayout {
  const layout: ResultLayout = { summary: [], tables: [] };
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) layout.tables.push(recordsTable(key, value));
    else if (isRecord(value)) layout.tables.push(recordsTable(key, [value]));
    else layout.summary.push([key, value]);
  }
  return layout;
}
