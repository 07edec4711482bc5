import { enumeratesOwnKeysOnly, ownEntries, recordFrom } from '../internal/records.js';
import { isParsedModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';

/** The matrices of parsed models, kept for as long as the model is: a parsed model is frozen, so its matrix never goes stale. */
const kept = new WeakMap<Model, Float64Array>();

/**
 * A model's case counts as one matrix, offices x case types in model order: the count of office o
 * and case type i at `o * caseTypes.length + i`, 0 where the office lists none; keys that are not
 * case types are left out. A model from `parseModel` keeps its matrix (8 bytes per office and case
 * type) so that later calls read counts from it, not key by key from the records: `assess` of a
 * parsed 1,000 x 50 model spent most of its time in those reads (a for-in over each office's record
 * and its lookups). A model read in place (its records are the caller's, who may change them) gets a
 * new matrix every call.
 *
 * Each record is read in a for-in loop, which visits its own keys (see enumeratesOwnKeysOnly), and
 * each key's case type is remembered by its place in the record: offices that list their case
 * types in the same order find each by one comparison instead of a lookup by id.
 */
export function countMatrix(model: Model): Float64Array {
  const found = kept.get(model);
  if (found) return found;
  const { caseTypes, offices } = model;
  const n = caseTypes.length;
  const position = new Map(caseTypes.map((caseType, i) => [caseType.id, i]));
  const keys: string[] = [];
  const positions: number[] = [];
  const matrix = new Float64Array(offices.length * n);
  for (let o = 0; o < offices.length; o++) {
    const counts = offices[o]!.cases;
    const own = enumeratesOwnKeysOnly(counts) ? counts : recordFrom(ownEntries(counts));
    let k = 0;
    for (const key in own) {
      if (keys[k] !== key) {
        keys[k] = key;
        positions[k] = position.get(key) ?? -1;
      }
      const at = positions[k++]!;
      if (at >= 0) matrix[o * n + at] = own[key]!;
    }
  }
  if (isParsedModel(model)) kept.set(model, matrix);
  return matrix;
}
