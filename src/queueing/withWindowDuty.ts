import { findOffice } from '../model/lookup.js';
import { adoptModel, parseModel } from '../model/parseModel.js';
import type { Activity, Model, ModelLike } from '../model/types.js';
import { officeWithoutWindowDuty } from './officeWithoutWindowDuty.js';
import { windowDuty } from './windowDuty.js';
import type { WindowDutyOptions } from './windowDutyTypes.js';

/**
 * The model with an office's window sized as a queue and in place as its "window duty" (see
 * `windowDuty`): any window duty the office had, its own or the model's, is replaced; other offices keep
 * theirs (a model-wide one becomes each other office's own). `assess` then gives the office
 * (workload hours + the window's added hours) / case hours officers. The input model is not changed.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {RangeError} those of `windowDuty`
 * @example
 * // The office of windowDuty's example: 6,017.9 workload hours and 3,130.7 more at the window, over 2,080 case hours.
 * const model = { // fixtures/queueing/check-in-window.json
 *   caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [
 *     { name: 'check-in', time: '15 min', every: '1 week', window: true },
 *     { name: 'file review', time: 2, perYear: 1 },
 *   ] }],
 *   offices: [{ id: 'dc', officers: { 'non-detained': 3 }, cases: { nd: 400 } }],
 * };
 * assess(withWindowDuty(model, 'dc', { openHoursPerWeek: 40, targetWait: '5 min', serviceLevel: 0.8 })).offices[0].requiredOfficers
 * // => 4.398351648351649
 */
export function withWindowDuty(model: ModelLike, officeId: string, options: WindowDutyOptions): Model {
  const parsed = parseModel(model);
  const { id } = findOffice(parsed, officeId);
  const base = officeWithoutWindowDuty(parsed, id);
  const { collateralDuty } = windowDuty(base, id, options);
  const duty: Activity = {
    name: collateralDuty.name,
    time: { amount: collateralDuty.time as number, unit: 'hour' },
    frequency: { perYear: 1 },
    share: 1,
    source: collateralDuty.source!,
  };
  const offices = base.offices.map((office) =>
    office.id === id ? { ...office, collateralDuties: [...office.collateralDuties, duty] } : office,
  );
  return adoptModel({ ...base, offices });
}
