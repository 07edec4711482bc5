import { modelArgument, optionsArgument, stringArgument } from '../internal/arguments.js';
import { findOffice } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { dutiesOf, officerYearOf, yearSettings, type OfficerYear } from './hours.js';

/** What `officerYear` takes beside the model. */
export interface OfficerYearOptions {
  /** An office id: use that office's officer year (its overrides, plus its own collateral duties). */
  office?: string;
}

/**
 * Where one officer's paid hours go in a year, and the case-work hours left:
 * caseHours = (paidHours - holidays - leave - training - collateralHours) x (1 - adminShare),
 * with collateralHours = sum over duties of time x timesPerYear x share (weighted-caseload method,
 * as in court and probation workload studies: available hours less non-case time).
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {TypeError} `officerYear: options must be an object, got null`; `officerYear: options.office must be a string, got the number 3`
 * @throws {RangeError} `unknown office "x" (offices: ...)`
 * @example
 * officerYear({ officerYear: { holidays: '11 workdays', leave: 160, adminShare: 0.1 } })
 * // => { paidHours: 2080, holidays: 88, leave: 160, training: 0, collateralHours: 0, adminHours: 183.2, caseHours: 1648.8 }
 */
export function officerYear(model: ModelLike, options?: OfficerYearOptions): OfficerYear {
  modelArgument('officerYear', model);
  const { office: officeId } = optionsArgument('officerYear', options);
  if (officeId !== undefined) stringArgument('officerYear', 'options.office', officeId);
  const parsed = parseModel(model);
  const office = officeId === undefined ? undefined : findOffice(parsed, officeId);
  return officerYearOf(yearSettings(parsed, office), dutiesOf(parsed, office));
}
