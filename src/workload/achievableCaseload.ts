import { describeValue, isRecord, modelArgument, optionsArgument, stringArgument } from '../internal/arguments.js';
import { fsum } from '../internal/fsum.js';
import { findCaseType, findOffice } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { ownEntries } from '../internal/records.js';
import { weightOf } from './caseWeight.js';
import { dutiesOf, officerYearOf, yearSettings } from './hours.js';

/** What `achievableCaseload` takes beside the model and the case type or mix. */
export interface AchievableCaseloadOptions {
  /** An office id: use that office's case hours instead of the model's. */
  office?: string;
}

/**
 * The caseload one officer can carry: caseHours / caseWeight. For a mix of case types
 * (`{ caseTypeId: count }`) the weight is the count-weighted mean,
 * sum(count x weight) / sum(count), as in weighted-caseload studies (both sums correctly rounded).
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {TypeError} `achievableCaseload: caseMix must be a case-type id or a record of counts by case-type id, got null`;
 *   `achievableCaseload: options.office must be a string, got the number 3`
 * @throws {RangeError} `unknown case type "x" (...)`, `case mix "x": count must be a finite number >= 0, got -1`,
 *   `the case mix has no cases`, `unknown office "x" (...)`
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
 * achievableCaseload(model, 'nd') // => 852.8275862068965
 * // a mix: 1648.8 / ((900 x 1.9333 + 100 x 12.5) / 1000)
 * achievableCaseload(model, { nd: 900, det: 100 }) // => 551.4
 */
export function achievableCaseload(
  model: ModelLike,
  caseMix: string | Readonly<Record<string, number>>,
  options?: AchievableCaseloadOptions,
): number {
  modelArgument('achievableCaseload', model);
  if (typeof caseMix !== 'string' && (!isRecord(caseMix) || caseMix instanceof Map)) {
    throw new TypeError(`achievableCaseload: caseMix must be a case-type id or a record of counts by case-type id, got ${describeValue(caseMix)}`);
  }
  const { office: officeId } = optionsArgument('achievableCaseload', options);
  if (officeId !== undefined) stringArgument('achievableCaseload', 'options.office', officeId);
  const parsed = parseModel(model);
  const office = officeId === undefined ? undefined : findOffice(parsed, officeId);
  const { caseHours } = officerYearOf(yearSettings(parsed, office), dutiesOf(parsed, office));
  if (typeof caseMix === 'string') return caseHours / weightOf(parsed, findCaseType(parsed, caseMix));
  const mix = ownEntries(caseMix).map(([id, count]) => {
    if (typeof count !== 'number') throw new TypeError(`achievableCaseload: caseMix.${id} must be a number, got ${describeValue(count)}`);
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`case mix "${id}": count must be a finite number >= 0, got ${count}`);
    return { count, weight: weightOf(parsed, findCaseType(parsed, id)) };
  });
  const cases = fsum(mix.map((entry) => entry.count));
  if (cases === 0) throw new RangeError('the case mix has no cases');
  const meanWeight = fsum(mix.map((entry) => entry.count * entry.weight)) / cases;
  return caseHours / meanWeight;
}
