import { formatCount, formatLevel, formatTwoDecimals, formatWhole } from '../../output/numbers.js';
import type { ReportData } from '../reportData.js';
import { reportChart } from '../reportChart.js';
import { PALETTE } from '../svg/palette.js';
import { linearScale } from '../svg/linearScale.js';
import type { ReportChart, SimulationLike } from '../types.js';

/**
 * A simulation's spread: for each office and docket, the officers required in the middle 90% of the
 * draws (p5 to p95), the median, and the officers on board.
 */
export function spreadChart(data: ReportData, simulation: SimulationLike): ReportChart {
  const rows = simulation.rows.map((row) => ({ label: `${data.officeLabel(row.office)} · ${row.docket}`, row }));
  const scale = linearScale(0, Math.max(1, ...simulation.rows.flatMap((row) => [row.requiredOfficers.p95, row.officers])));
  const f = formatTwoDecimals;
  const staffed = simulation.rows.filter((row) => row.officers >= row.requiredOfficers.p95).length;
  // A column of officers (and with a vacancy rate, of positions) per confidence level, as simulate's table.
  const levels = (simulation.confidence ?? []).map(String).filter((level) => simulation.rows.every((row) => row.officersForConfidence?.[level] !== undefined));
  const funded = levels.filter((level) => simulation.rows.every((row) => row.positionsToFund?.[level] !== undefined));
  const sure = levels.map((level) => formatLevel(Number(level))).join(' / ');
  return reportChart(
    {
      id: 'chart-simulation',
      title: 'Officers required: the middle 90% of the simulated outcomes',
      description: `For each office and docket, the officers required in 90% of ${formatWhole(simulation.iterations)} draws of the uncertain inputs (from the 5th to the 95th percentile), the median, and the officers on board. The officers on board reach the 95th percentile in ${staffed} of ${rows.length} rows.${levels.length > 0 ? ` The table gives the officers to be ${sure} sure${funded.length > 0 ? ', and the positions to fund for them' : ''}.` : ''}`,
      axisLabel: 'officers required (full-time equivalents)',
      scale,
      series: [
        { name: 'p5 to p95', color: PALETTE.blue },
        { name: 'median (p50)', color: PALETTE.ink, kind: 'mark' },
        { name: 'officers on board', color: PALETTE.vermillion, kind: 'mark' },
      ],
      rows: rows.map(({ label, row }) => {
        const { p5, p50, p95 } = row.requiredOfficers;
        return {
          label,
          lanes: [
            {
              segments: [{ series: 0, from: p5, to: p95, title: `p5 ${f(p5)} to p95 ${f(p95)}` }],
              marks: [
                { series: 1, at: p50, title: `median ${f(p50)}` },
                { series: 2, at: row.officers, title: `${formatCount(row.officers)} on board` },
              ],
              text: `${f(p5)}–${f(p95)}`,
            },
          ],
        };
      }),
    },
    {
      columns: [
        'office · docket',
        'p5',
        'median',
        'mean',
        'p95',
        'on board',
        ...levels.map((level) => `officers to be ${formatLevel(Number(level))} sure`),
        ...funded.map((level) => `positions to fund (${formatLevel(Number(level))})`),
      ].map((header, i) => ({ header, ...(i > 0 ? { align: 'right' as const } : {}) })),
      rows: rows.map(({ label, row }) => [
        label,
        f(row.requiredOfficers.p5),
        f(row.requiredOfficers.p50),
        f(row.requiredOfficers.mean),
        f(row.requiredOfficers.p95),
        formatCount(row.officers),
        ...levels.map((level) => formatWhole(row.officersForConfidence![level]!)),
        ...funded.map((level) => formatWhole(row.positionsToFund![level]!)),
      ]),
    },
  );
}
