import type { Model } from '../model/types.js';
import { formatOneDecimal, formatTwoDecimals, formatWhole } from '../output/numbers.js';
import { windowDutyTable } from '../output/windowDutyTable.js';
import { windowDuty } from '../queueing/windowDuty.js';
import type { WindowDutyOptions } from '../queueing/windowDutyTypes.js';
import type { Report } from './render.js';
import { inFlagWords, required, type RawOptions } from './windowPlanOptions.js';
import { parseInteger, parseProfile, parseShare, parseTimeText } from './windowPlanParsers.js';

/** `staffing-model window MODEL --office ID --open-hours N --target-wait T --service-level R [--handle-time T] [--profile S,S,...]` */
export function windowReport(model: Model, raw: RawOptions): Report {
  const office = required(raw, 'window', 'office', 'ID');
  const options: WindowDutyOptions = {
    openHoursPerWeek: parseInteger('open-hours', required(raw, 'window', 'open-hours', 'N')),
    targetWait: parseTimeText(required(raw, 'window', 'target-wait', 'TIME')),
    serviceLevel: parseShare('service-level', required(raw, 'window', 'service-level', 'R')),
    ...(typeof raw['handle-time'] === 'string' ? { handleTime: parseTimeText(raw['handle-time']) } : {}),
    ...(typeof raw.profile === 'string' ? { profile: parseProfile(raw.profile) } : {}),
  };
  const duty = inFlagWords(() => windowDuty(model, office, options));
  return {
    title: `Window duty at ${duty.office}: ${formatWhole(duty.windowHoursPerWeek)} officer hours a week`,
    summary: [
      `${formatOneDecimal(duty.arrivalsPerWeek)} arrivals a week (${formatWhole(duty.arrivalsPerYear)} a year), ${formatOneDecimal(duty.handleTime)} minutes each, over ${options.openHoursPerWeek} open hours.`,
      `The window takes ${formatWhole(duty.officerHours)} officer hours a year; the case weights already count ${formatWhole(duty.caseWeightHours)},` +
        ` so it adds ${formatWhole(duty.collateralHours)}, shared by ${formatTwoDecimals(duty.officers)} officers (${formatOneDecimal(duty.collateralDuty.time as number)} hours each a year).`,
    ],
    table: windowDutyTable(duty),
    notes: ['Erlang C: arrivals at random within each hour, nobody leaves the line (docs/queueing.md).'],
    result: duty,
    rows: duty.hours,
  };
}
