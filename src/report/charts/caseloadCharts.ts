import type { ReportData } from '../reportData.js';
import { reportChart } from '../reportChart.js';
import { PALETTE } from '../svg/palette.js';
import { logScale } from '../svg/logScale.js';
import type { ReportChart } from '../types.js';
import { docketRows } from './docketRows.js';
import { formatCaseload } from './formatCaseload.js';
import { rangeText } from './rangeText.js';

/**
 * Figure 1 of OIG-17-51, for every docket: the cases each officer on board carries in each office,
 * against the caseload one officer can carry (achievableCaseload), on a log axis.
 */
export function caseloadCharts(data: ReportData): ReportChart[] {
  return data.dockets.map((docket, d) => {
    const rows = docketRows(data, docket);
    const values = rows.flatMap(({ row }) => [row.caseloadPerOfficer, row.achievableCaseload]).filter((v): v is number => v !== null && v > 0);
    const scale = values.length > 0 ? logScale(Math.min(...values), Math.max(...values)) : logScale(1, 10);
    const lane = (value: number | null, series: number, what: string, missing: string) =>
      value === null || value <= 0
        ? { segments: [], note: value === 0 ? 'no cases' : missing }
        : { segments: [{ series, from: scale.domain[0], to: value, title: `${what}: ${formatCaseload(value)}` }], text: formatCaseload(value) };
    const over = rows.filter(({ row }) => (row.unstaffed ? row.cases > 0 : row.utilization! > 1)).length;
    return reportChart(
      {
        id: `chart-caseload-${d + 1}`,
        title: `Cases per officer against the achievable caseload: ${docket} docket`,
        description: `For each office, the cases each officer on board carries and the caseload one officer can carry in a year's case hours, on a log scale. Cases per officer: ${rangeText(rows.map(({ label, row }) => [label, row.caseloadPerOfficer]), formatCaseload)}. Achievable caseload: ${rangeText(rows.map(({ label, row }) => [label, row.achievableCaseload]), formatCaseload)}. ${over} of ${rows.length} offices carry more than their officers can.`,
        axisLabel: 'cases per officer (log scale)',
        scale,
        series: [
          { name: 'cases per officer on board', color: PALETTE.vermillion },
          { name: 'achievable caseload', color: PALETTE.blue },
        ],
        rows: rows.map(({ label, row }) => ({
          label,
          lanes: [
            lane(row.caseloadPerOfficer, 0, 'cases per officer on board', row.cases > 0 ? 'no officer on board' : 'no cases'),
            lane(row.achievableCaseload, 1, 'achievable caseload', 'no cases'),
          ],
        })),
      },
      {
        columns: [{ header: 'office' }, { header: 'cases per officer', align: 'right' }, { header: 'achievable caseload', align: 'right' }],
        rows: rows.map(({ label, row }) => [label, row.caseloadPerOfficer === null ? '-' : formatCaseload(row.caseloadPerOfficer), row.achievableCaseload === null ? '-' : formatCaseload(row.achievableCaseload)]),
      },
    );
  });
}
