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
 * @throws {RangeError} `unknown office "x" (...)`, `no task has "window": true: ...`, and those of `erlangC` and `profile`
 * @example
 * windowDuty(model, 'dc', { openHoursPerWeek: 40, targetWait: '15 min', serviceLevel: 0.8 })
 * // => { office: 'dc', arrivalsPerWeek: 790.5, windowHoursPerWeek: 360, officerHours: 18784.3, collateralHours: ..., ... }
 */
export function windowDuty(model: ModelLike, officeId: string, options: WindowDutyOptions): WindowDuty {
  const parsed = parseModel(model);
  const base = officeWithoutWindowDuty(parsed, findOffice(parsed, officeId).id);
  const office = findOffice(base, officeId);
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
  return {
    office: office.id,
    arrivalsPerYear: arrivals.arrivalsPerYear,
    arrivalsPerWeek,
    handleTime: handleHours * 60,
    hours,
    windowHoursPerWeek,
    officerHours,
    ...windowCost(base, office, arrivals, handleHours, officerHours, about),
  };
}
