import { countReader } from '../model/countReader.js';
import { isParsedModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';
import { keptPerModel } from './keptPerModel.js';

/**
 * Offices' case counts by case type in model order: office o's count of case type i is
 * `counts[row(o) + i]`, 0 where the office lists none; keys that are not case types are left out.
 */
export interface CountRows {
  readonly counts: Float64Array;
  /** Makes office o's counts ready in `counts` and gives where they start. */
  row(office: number): number;
}

/**
 * A parsed model's counts as one matrix, offices x case types, kept beside the model (8 bytes per
 * office and case type; see keptPerModel): later calls read counts from it, not key by key from the
 * records (`assess` of a parsed 1,000 x 50 model spent most of its time in those reads).
 */
const countMatrix = /* @__PURE__ */ keptPerModel((model) => {
  const n = model.caseTypes.length;
  const matrix = new Float64Array(model.offices.length * n);
  const read = countReader(model, 'cases', model.caseTypes.map((caseType) => caseType.id));
  for (let o = 0; o < model.offices.length; o++) read(o, matrix, o * n);
  return matrix;
});

/**
 * A model's counts, an office at a time. A parsed model's rows are its kept matrix's; a model read
 * in place (its records are the caller's, who may change them) is read anew, one office at a time
 * into one row: at 10,000 offices x 200 case types a matrix would be 16 MB a call.
 */
export function countRows(model: Model): CountRows {
  const n = model.caseTypes.length;
  const parsed: boolean = isParsedModel(model); // (a guard would leave `never` below)
  if (parsed) {
    const counts = countMatrix(model);
    return { counts, row: (o) => o * n };
  }
  const counts = new Float64Array(n);
  const read = countReader(model, 'cases', model.caseTypes.map((caseType) => caseType.id));
  return {
    counts,
    row: (o) => {
      counts.fill(0);
      read(o, counts, 0);
      return 0;
    },
  };
}
