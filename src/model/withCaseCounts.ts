import { ownEntries, recordFrom } from '../internal/records.js';
import { ModelError, type Issue } from './ModelError.js';
import { adoptModel, parseModel } from './parseModel.js';
import type { Model, ModelLike } from './types.js';
import { quotedList } from '../internal/quotedList.js';

export interface WithCaseCounts {
  /** The model with each office's cases replaced by the counts. */
  model: Model;
  /** Offices in the counts that the model does not have: their cases are not in the model. */
  officesNotInModel: { office: string; cases: number }[];
  /** Offices of the model that the counts do not mention: they now have no cases. */
  officesWithoutCounts: string[];
}

/**
 * A new model whose offices' case counts are `counts` (such as `readCaseCounts` returns), and what
 * did not match: offices in the counts but not in the model, and the reverse, so nothing is dropped
 * without a word. The input model is not changed.
 *
 * @throws {ModelError} `counts["washington-dc"].XX: unknown case type "XX" (case types: ...)`, or a count
 *   that is not a whole number >= 0
 * @example
 * const { model, officesNotInModel } = withCaseCounts(base, { 'washington-dc': { 'non-detained': 10156 } })
 */
export function withCaseCounts(model: ModelLike, counts: Readonly<Record<string, Readonly<Record<string, number>>>>): WithCaseCounts {
  const parsed = parseModel(model);
  const caseTypeIds = new Set(parsed.caseTypes.map((caseType) => caseType.id));
  const issues: Issue[] = [];
  for (const [office, byType] of ownEntries(counts)) {
    for (const [caseType, count] of ownEntries(byType)) {
      if (!caseTypeIds.has(caseType)) {
        issues.push({ path: ['counts', office, caseType], message: `unknown case type "${caseType}" (case types: ${quotedList(caseTypeIds)})` });
      } else if (!(Number.isInteger(count) && count >= 0)) {
        issues.push({ path: ['counts', office, caseType], message: `must be a whole number >= 0, got ${String(count)}` });
      }
    }
  }
  if (issues.length > 0) throw new ModelError(issues);

  const officeIds = new Set(parsed.offices.map((office) => office.id));
  const offices = parsed.offices.map((office) => ({
    ...office,
    cases: recordFrom(Object.hasOwn(counts, office.id) ? ownEntries(counts[office.id]!) : []),
  }));
  return {
    model: adoptModel({ ...parsed, offices }),
    officesNotInModel: ownEntries(counts)
      .filter(([office]) => !officeIds.has(office))
      .map(([office, byType]) => ({ office, cases: ownEntries(byType).reduce((sum, [, n]) => sum + n, 0) })),
    officesWithoutCounts: parsed.offices.filter((office) => !Object.hasOwn(counts, office.id)).map((office) => office.id),
  };
}
