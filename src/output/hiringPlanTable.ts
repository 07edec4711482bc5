import type { HiringPlan } from '../planning/hiringPlanTypes.js';
import { formatOneDecimal, formatWhole } from './numbers.js';
import type { TextTable } from './table.js';

const right = 'right' as const;

/** A hiring plan: a line per year (officers are year averages, to one decimal). */
export function hiringPlanTable(plan: HiringPlan): TextTable {
  const funded = plan.rows.some((row) => row.positionsToFund !== undefined);
  const signed = (value: number) => (value > 0 ? `+${formatOneDecimal(value)}` : formatOneDecimal(value));
  return {
    columns: [
      { header: 'year' },
      { header: 'cases', align: right },
      { header: 'required', align: right },
      ...(funded ? [{ header: 'to fund', align: right }] : []),
      { header: 'officers', align: right },
      { header: 'in training', align: right },
      { header: 'hires', align: right },
      { header: 'separations', align: right },
      { header: 'gap', align: right },
    ],
    rows: plan.rows.map((row) => [
      String(row.year),
      formatWhole(row.cases),
      formatOneDecimal(row.requiredOfficers),
      ...(funded ? [formatWhole(row.positionsToFund!)] : []),
      formatOneDecimal(row.officers),
      formatOneDecimal(row.inTraining),
      formatWhole(row.hires),
      formatOneDecimal(row.separations),
      signed(row.gap),
    ]),
  };
}
