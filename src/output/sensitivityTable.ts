import type { Sensitivity } from '../uncertainty/sensitivity.js';
import { formatTwoDecimals } from './numbers.js';
import type { TextTable } from './table.js';

const UNITS: Record<string, string> = { hour: 'h', workday: 'workdays', 'time a year': 'a year' };

/** The rows of a tornado chart, largest swing first: the input, its range, and the total required officers at its low and high. */
export function sensitivityTable(result: Sensitivity): TextTable {
  const number = (value: number) => String(+value.toPrecision(4));
  return {
    columns: [
      { header: 'input' },
      { header: 'name' },
      { header: 'range' },
      { header: 'at low', align: 'right' },
      { header: 'at high', align: 'right' },
      { header: 'swing', align: 'right' },
    ],
    rows: result.rows.map((row) => [
      row.path,
      row.name,
      `${number(row.range.low)}${row.range.mode === undefined ? '' : ` / ${number(row.range.mode)}`} / ${number(row.range.high)} ${UNITS[row.unit]} (${row.range.dist})`,
      formatTwoDecimals(row.requiredAtLow),
      formatTwoDecimals(row.requiredAtHigh),
      formatTwoDecimals(row.swing),
    ]),
  };
}
