import { findOffice } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { erlangC } from './erlangC.js';
import { hourlyShares } from './hourlyShares.js';
import { officeWithoutWindowDuty } from './officeWithoutWindowDuty.js';
import { checkedNumber, queueHours } from './queueInputs.js';
import { windowArrivals } from './windowArrivals.js';
import { windowCost } from './windowCost.js';
import type { WindowDuty, WindowDutyOptions } from './windowDutyTypes.js';
import { windowHour } from './windowHour.js';
import { displayResult } from '../display/displayResult.js';

/** Weeks in a 365.25-day year, the year that calendar intervals count against. */
const WEEKS_PER_YEAR = 365.25 / 7;

/**
 * Sizes an office's check-in window as a queue and turns it into a collateral duty. Arrivals come
 * from the office's cases of every task marked `window: true`, spread over the 365.25 / 7 weeks of a
 * year and over the open hours (evenly, or by `profile`); each hour gets the fewest officers that
 * serve `serviceLevel` of its arrivals within `targetWait` (`erlangC`). Assumes arrivals in an hour
 * are random (Poisson) at a steady rate and nobody leaves the line (docs/queueing.md). The officer
 * year's deductions already cover leave and training, so no shrinkage is applied. Computed against the
 * model without any "window duty" of this office (the duty `withWindowDuty` replaces).
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * `officeId` is the office's id, or its id or name as an export's office strings are read (trimmed,
 * NFC, case folded: `"Montréal"` finds the office named so); `office` in the result is its id.
 *
 * @throws {RangeError} `unknown office "Montrel"; did you mean "montreal"? (offices: ...)`, `no task has "window": true: ...`, and those of `erlangC` and `profile`
 * @example
 * // 400 cases checking in weekly for 15 minutes (and a 2-hour file review a year), 2,080 case hours an officer:
 * // 10 arrivals an hour over 40 open hours, 2.5 erlangs, 4 officers every hour for 80% within 5 minutes.
 * const model = { // fixtures/queueing/check-in-window.json
 *   caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [
 *     { name: 'check-in', time: '15 min', every: '1 week', window: true },
 *     { name: 'file review', time: 2, perYear: 1 },
 *   ] }],
 *   offices: [{ id: 'dc', officers: { 'non-detained': 3 }, cases: { nd: 400 } }],
 * };
 * windowDuty(model, 'dc', { openHoursPerWeek: 40, targetWait: '5 min', serviceLevel: 0.8 })
 * // => { office: 'dc', arrivalsPerYear: 20871.428571428572, arrivalsPerWeek: 400, handleTime: 15,
 * //      hours: [{ hour: 1, arrivalRate: 10, servers: 4, trafficIntensity: 2.5, serviceLevel: 0.8059971021901762, ... }, ...],
 * //      windowHoursPerWeek: 160, officerHours: 8348.57142857143, caseWeightHours: 5217.857142857143,
 * //      collateralHours: 3130.7142857142862, officers: 4.398351648351649,
 * //      collateralDuty: { name: 'window duty', time: 711.792629606496, perYear: 1, source: 'windowDuty: 160 officer hours a week over 40 open hours,
 * //        80% served within "5 min": 8348.6 officer hours a year at the window, less 5217.9 already in the case weights, shared by 4.4 officers' } }
 */
export function windowDuty(model: ModelLike, officeId: string, options: WindowDutyOptions): WindowDuty {
  const parsed = parseModel(model);
  const { id } = findOffice(parsed, officeId);
  const base = officeWithoutWindowDuty(parsed, id);
  const office = findOffice(base, id);
  const shares = hourlyShares(options.openHoursPerWeek, options.profile);
  const arrivals = windowArrivals(base, office);
  const handleHours = options.handleTime === undefined ? arrivals.meanTime : queueHours('handleTime', options.handleTime, { positive: true });
  if (!(handleHours > 0)) throw new RangeError('the window tasks take no time; give handleTime');
  const { targetWait, serviceLevel } = options;
  queueHours('targetWait', targetWait); // checked here too: an hour nobody is expected never reaches erlangC
  checkedNumber('serviceLevel', serviceLevel, '[0, 1)', (level) => level >= 0 && level < 1);
  const arrivalsPerWeek = arrivals.arrivalsPerYear / WEEKS_PER_YEAR;
  const size = (arrivalRate: number) => erlangC({ arrivalRate, handleTime: handleHours, targetWait, serviceLevel });
  const hours = shares.map((share, i) => windowHour(i + 1, arrivalsPerWeek * share, size));
  const windowHoursPerWeek = hours.reduce((total, hour) => total + hour.servers, 0);
  const officerHours = windowHoursPerWeek * WEEKS_PER_YEAR;
  const about = `${windowHoursPerWeek} officer hours a week over ${options.openHoursPerWeek} open hours, ${+(serviceLevel * 100).toFixed(6)}% served within ${JSON.stringify(targetWait)}`;
  return displayResult('Window duty', {
    office: office.id,
    arrivalsPerYear: arrivals.arrivalsPerYear,
    arrivalsPerWeek,
    handleTime: handleHours * 60,
    hours,
    windowHoursPerWeek,
    officerHours,
    ...windowCost(base, office, arrivals, officerHours, about),
  });
}
