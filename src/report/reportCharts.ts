import { caseloadCharts } from './charts/caseloadCharts.js';
import { hiringPlanChart } from './charts/hiringPlanChart.js';
import { officersCharts } from './charts/officersCharts.js';
import { officerYearChart } from './charts/officerYearChart.js';
import { spreadChart } from './charts/spreadChart.js';
import { tornadoChart } from './charts/tornadoChart.js';
import { checkOptions } from './checkOptions.js';
import { reportData } from './reportData.js';
import type { RenderReportOptions, ReportChart, ReportResult } from './types.js';

/**
 * The report's charts on their own, in the report's order: caseload per officer against the
 * achievable caseload (one per docket, log scale), required against on-board officers (one per
 * docket), the officer year, then the simulation's spread, the tornado and the hiring plan when given. Each
 * chart's `svg` is a standalone SVG; in a Jupyter notebook with the Deno kernel a chart shows as the
 * picture. Takes what `renderReport` takes and throws what it throws.
 *
 * @throws {ModelError} when the model does not parse
 * @throws {TypeError} `result.model is required: renderReport({ model, assessment? })`, or a field of
 *   `options` in the wrong shape: `options.simulation.rows[0].requiredOfficers.p95: must be a finite number`
 * @throws {RangeError} `vacancyRate must be a number in [0, 1), got 1` (from `assess`)
 * @example
 * reportCharts({ model: scenario }).map((chart) => chart.id)
 * // => ['chart-caseload-1', 'chart-caseload-2', 'chart-officers-1', 'chart-officers-2', 'chart-officer-year']
 */
export function reportCharts(result: ReportResult, options: RenderReportOptions = {}): ReportChart[] {
  const checked = checkOptions(options);
  const data = reportData(result, checked);
  return [
    ...caseloadCharts(data),
    ...officersCharts(data),
    officerYearChart(data),
    ...(checked.simulation ? [spreadChart(data, checked.simulation)] : []),
    ...(checked.sensitivity ? [tornadoChart(data, checked.sensitivity)] : []),
    ...(checked.plan ? [hiringPlanChart(checked.plan)] : []),
  ];
}
