import { modelArgument, stringArgument } from '../internal/arguments.js';
import { emptyRecord } from '../internal/records.js';
import { findCaseType } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { CaseType, Model, ModelLike } from '../model/types.js';
import { activitiesHours } from './hours.js';

/** Hours a year one case of this type needs. Workday units are read against the model's officer year. */
export function weightOf(model: Model, caseType: CaseType): number {
  return activitiesHours(caseType.tasks, model.officerYear);
}

/**
 * The weight of a case type: hours one case needs a year,
 * caseWeight = sum over its tasks of time x timesPerYear x share.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {TypeError} `caseWeight: caseTypeId must be a string, got the number 3`
 * @throws {RangeError} `unknown case type "x" (case types: ...)`
 * @example
 * caseWeight({ caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [
 *   { name: 'check-in', time: '20 min', every: '3 months' },      // 1/3 h x 4 = 1.333 h
 *   { name: 'travel document', time: 6, perYear: 1, share: 0.1 }, // 6 h x 1 x 0.1 = 0.6 h
 * ] }] }, 'nd') // => 1.9333333333333333
 */
export function caseWeight(model: ModelLike, caseTypeId: string): number {
  modelArgument('caseWeight', model);
  stringArgument('caseWeight', 'caseTypeId', caseTypeId);
  const parsed = parseModel(model);
  return weightOf(parsed, findCaseType(parsed, caseTypeId));
}

/**
 * Every case type's weight (hours per case per year), keyed by id in model order.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @example
 * const model = {
 *   officerYear: { holidays: '11 workdays', leave: 160, adminShare: 0.1 }, // 1,648.8 case hours a year
 *   caseTypes: [
 *     { id: 'nd', docket: 'non-detained', tasks: [ // 1.9333 hours per case a year
 *       { name: 'check-in', time: '20 min', every: '3 months' },
 *       { name: 'travel document', time: 6, perYear: 1, share: 0.1 },
 *     ] },
 *     { id: 'det', docket: 'detained', tasks: [{ name: 'detention review', time: 12.5, perYear: 1 }] },
 *   ],
 * };
 * caseWeights(model) // => { nd: 1.9333333333333333, det: 12.5 }
 */
export function caseWeights(model: ModelLike): Record<string, number> {
  modelArgument('caseWeights', model);
  return weightsOf(parseModel(model));
}

/** `caseWeights` of a model already read. */
export function weightsOf(parsed: Model): Record<string, number> {
  const weights = emptyRecord<number>();
  for (const caseType of parsed.caseTypes) weights[caseType.id] = weightOf(parsed, caseType);
  return weights;
}
