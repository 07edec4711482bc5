import { ModelError, type IssuePath } from '../../model/ModelError.js';
import { numberCell, perYearCell, textCell, timeCell } from './cells.js';
import type { TableRow } from './readTable.js';
import { ACTIVITY_COLUMNS } from './tables.js';

/** A model input object, as parseModel takes it. */
export type Json = Record<string, unknown>;

/** The array at `object[key]`, made when missing. @throws {ModelError} when model.json holds something else there */
export function arrayAt(object: Json, key: string, path: IssuePath): Json[] {
  const value = object[key];
  if (value === undefined) return (object[key] = []) as Json[];
  if (!Array.isArray(value)) throw new ModelError([{ path: [...path, key], message: 'must be an array' }]);
  return value as Json[];
}

/** The object at `object[key]`, made when missing. @throws {ModelError} when model.json holds something else there */
export function objectAt(object: Json, key: string, path: IssuePath): Json {
  const value = object[key];
  if (value === undefined) return (object[key] = {}) as Json;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ModelError([{ path: [...path, key], message: 'must be an object' }]);
  return value as Json;
}

/** The string `id` of an item of model.json's arrays, when it has one (parseModel reports the rest). */
export function idOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as Json).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** A task (`nameColumn` "task") or a collateral duty ("duty") from its row. */
export function activity(row: TableRow, file: string, nameColumn: string): Json {
  const out: Json = { name: textCell(row, nameColumn, file), time: timeCell(row, file) };
  const perYear = perYearCell(row, file);
  if (perYear !== undefined) out.perYear = perYear;
  if (row.cells.every) out.every = row.cells.every;
  const share = numberCell(row, 'share', file, false);
  if (share !== undefined) out.share = share;
  if (row.cells.source) out.source = row.cells.source;
  return out;
}

/** The columns of an activity's fields, for issues parseModel finds in it. */
export function activityColumns(nameColumn: string): Record<string, string> {
  return { name: nameColumn, ...ACTIVITY_COLUMNS };
}
