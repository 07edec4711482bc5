import { formatTwoDecimals } from '../../output/numbers.js';
import type { ReportData } from '../reportData.js';
import { reportChart } from '../reportChart.js';
import { PALETTE } from '../svg/palette.js';
import { linearScale } from '../svg/linearScale.js';
import type { ReportChart, SensitivityLike } from '../types.js';
import { describeInput } from './describeInput.js';

/** The most inputs a tornado chart draws; its data table lists every one. */
export const TORNADO_ROWS = 15;

/**
 * A tornado chart: for the inputs with the largest swings, the model's total required officers with
 * that input at its low and at its high (every other at its mean), around the total at the means.
 */
export function tornadoChart(data: ReportData, sensitivity: SensitivityLike): ReportChart {
  const all = sensitivity.rows.map((row) => ({ label: describeInput(data.model, row.path, row.name), row }));
  const shown = all.slice(0, TORNADO_ROWS);
  const base = sensitivity.requiredOfficers;
  const ends = shown.flatMap(({ row }) => [row.requiredAtLow, row.requiredAtHigh]);
  const scale = linearScale(Math.min(base, ...ends), Math.max(base, ...ends));
  const f = formatTwoDecimals;
  const more = all.length > shown.length ? ` The ${shown.length} largest of ${all.length} inputs are drawn; the table lists all.` : '';
  return reportChart(
    {
      id: 'chart-tornado',
      title: 'Which estimate moves the answer most: total officers required',
      description: `For each uncertain input, the total officers required with it at its low and at its high and every other input at its mean (${f(base)} officers), largest swing first.${more}`,
      axisLabel: 'total officers required (full-time equivalents)',
      scale,
      series: [
        { name: 'input at its low', color: PALETTE.blue },
        { name: 'input at its high', color: PALETTE.vermillion },
      ],
      reference: { at: base, label: `all at mean: ${f(base)}` },
      rows: shown.map(({ label, row }) => ({
        label,
        lanes: [
          {
            segments: [
              { series: 0, from: base, to: row.requiredAtLow, title: `at its low: ${f(row.requiredAtLow)}` },
              { series: 1, from: base, to: row.requiredAtHigh, title: `at its high: ${f(row.requiredAtHigh)}` },
            ],
            text: `${f(row.requiredAtLow)} to ${f(row.requiredAtHigh)}`,
          },
        ],
      })),
    },
    {
      columns: ['input', 'path', 'at low', 'at high', 'swing'].map((header, i) => ({ header, ...(i > 1 ? { align: 'right' as const } : {}) })),
      rows: all.map(({ label, row }) => [label, row.path, f(row.requiredAtLow), f(row.requiredAtHigh), f(row.swing)]),
    },
  );
}
