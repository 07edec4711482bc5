import { formatCount, formatSigned, formatTwoDecimals } from '../../output/numbers.js';
import type { ReportData } from '../reportData.js';
import { reportChart } from '../reportChart.js';
import { PALETTE } from '../svg/palette.js';
import { linearScale } from '../svg/linearScale.js';
import type { ReportChart } from '../types.js';
import { docketRows } from './docketRows.js';

/** For every docket: the officers each office requires (workloadHours / caseHours) against those on board. */
export function officersCharts(data: ReportData): ReportChart[] {
  return data.dockets.map((docket, d) => {
    const rows = docketRows(data, docket);
    const scale = linearScale(0, Math.max(1, ...rows.flatMap(({ row }) => [row.requiredOfficers, row.officers])));
    const lane = (value: number, series: number, text: string) =>
      value > 0 ? { segments: [{ series, from: 0, to: value, title: text }], text } : { segments: [], note: text };
    const required = rows.reduce((sum, { row }) => sum + row.requiredOfficers, 0);
    const onBoard = rows.reduce((sum, { row }) => sum + row.officers, 0);
    const short = rows.filter(({ row }) => row.gap > 0).length;
    return reportChart(
      {
        id: `chart-officers-${d + 1}`,
        title: `Officers required against officers on board: ${docket} docket`,
        description: `For each office, the officers its ${docket} workload requires and the officers on board. In all, ${formatTwoDecimals(required)} required and ${formatCount(onBoard)} on board; ${short} of ${rows.length} offices need more officers than they have.`,
        axisLabel: 'officers (full-time equivalents)',
        scale,
        series: [
          { name: 'officers required', color: PALETTE.blue },
          { name: 'officers on board', color: PALETTE.grey },
        ],
        rows: rows.map(({ label, row }) => ({
          label,
          lanes: [
            lane(row.requiredOfficers, 0, `${formatTwoDecimals(row.requiredOfficers)} required`),
            lane(row.officers, 1, `${formatCount(row.officers)} on board`),
          ],
        })),
      },
      {
        columns: [{ header: 'office' }, { header: 'required', align: 'right' }, { header: 'on board', align: 'right' }, { header: 'gap', align: 'right' }],
        rows: rows.map(({ label, row }) => [label, formatTwoDecimals(row.requiredOfficers), formatCount(row.officers), formatSigned(row.gap)]),
      },
    );
  });
}
