import type { WindowDuty } from '../queueing/windowDutyTypes.js';
import { formatMaybe, formatOneDecimal, formatPercent, formatTwoDecimals, formatWhole } from './numbers.js';
import type { TextTable } from './table.js';

const right = 'right' as const;

/** A window sized as a queue: a line per open hour of the week. */
export function windowDutyTable(duty: WindowDuty): TextTable {
  return {
    columns: [
      { header: 'hour', align: right },
      { header: 'arrivals', align: right },
      { header: 'erlangs', align: right },
      { header: 'officers', align: right },
      { header: 'service level', align: right },
      { header: 'wait at all', align: right },
      { header: 'mean wait (min)', align: right },
      { header: 'occupancy', align: right },
    ],
    rows: duty.hours.map((hour) => [
      formatWhole(hour.hour),
      formatOneDecimal(hour.arrivalRate),
      formatTwoDecimals(hour.trafficIntensity),
      formatWhole(hour.servers),
      formatPercent(hour.serviceLevel),
      formatPercent(hour.waitProbability),
      formatOneDecimal(hour.averageWait),
      formatMaybe(hour.occupancy, formatPercent),
    ]),
  };
}
