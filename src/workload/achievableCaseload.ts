import { sum } from 'simple-statistics';
import { findCaseType, findOffice } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { ownEntries } from '../internal/records.js';
import { weightOf } from './caseWeight.js';
import { dutiesOf, officerYearOf, yearSettings } from './hours.js';

export interface AchievableCaseloadOptions {
  /** An office id: use that office's case hours instead of the model's. */
  office?: string;
}

/**
 * The caseload one officer can carry: caseHours / caseWeight. For a mix of case types
 * (`{ caseTypeId: count }`) the weight is the count-weighted mean,
 * sum(count x weight) / sum(count), as in weighted-caseload studies.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {RangeError} `unknown case type "x" (...)`, `case mix "x": count must be a finite number >= 0, got -1`,
 *   `the case mix has no cases`, `unknown office "x" (...)`
 * @throws {TypeError} `expected a case-type id or a record of counts by case-type id`
 * @example
 * // 1,648.8 case hours a year and 1.9333 hours per case: 852.8 cases per officer
 * achievableCaseload(model, 'nd') // => 852.8275862068965
 * achievableCaseload(model, { nd: 900, det: 100 }) // => 1648.8 / ((900 x 1.9333 + 100 x 12.5) / 1000) = 551.4
 */
export function achievableCaseload(
  model: ModelLike,
  caseMix: string | Readonly<Record<string, number>>,
  options: AchievableCaseloadOptions = {},
): number {
  const parsed = parseModel(model);
  const office = options.office === undefined ? undefined : findOffice(parsed, options.office);
  const { caseHours } = officerYearOf(yearSettings(parsed, office), dutiesOf(parsed, office));
  if (typeof caseMix === 'string') return caseHours / weightOf(parsed, findCaseType(parsed, caseMix));
  if (caseMix === null || typeof caseMix !== 'object' || Array.isArray(caseMix)) {
    throw new TypeError('expected a case-type id or a record of counts by case-type id');
  }
  const mix = ownEntries(caseMix).map(([id, count]) => {
    if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
      throw new RangeError(`case mix "${id}": count must be a finite number >= 0, got ${String(count)}`);
    }
    return { count, weight: weightOf(parsed, findCaseType(parsed, id)) };
  });
  const cases = mix.length === 0 ? 0 : sum(mix.map((entry) => entry.count));
  if (cases === 0) throw new RangeError('the case mix has no cases');
  const meanWeight = sum(mix.map((entry) => entry.count * entry.weight)) / cases;
  return caseHours / meanWeight;
}
