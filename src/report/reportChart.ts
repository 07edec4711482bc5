import { withDisplay } from '../display/withDisplay.js';
import { escapeHtml } from './html.js';
import type { TextTable } from '../output/table.js';
import type { RowChartSpec } from './svg/chartTypes.js';
import { rowChart } from './svg/rowChart.js';
import type { ReportChart } from './types.js';

/**
 * A chart for the report and for notebooks: the SVG of `spec`, and the data it draws. In Jupyter's
 * Deno kernel a chart shows as the picture (`text/html` and `image/svg+xml`), with its title and
 * description as plain text.
 */
export function reportChart(spec: RowChartSpec, data: TextTable): ReportChart {
  const chart: ReportChart = {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    svg: rowChart(spec).text,
    data,
  };
  return withDisplay(chart, (each) => ({
    'text/plain': `${each.title}\n${each.description}`,
    'text/html': `<figure style="margin:0">${each.svg}<figcaption style="max-width:720px">${escapeHtml(each.description)}</figcaption></figure>`,
    'image/svg+xml': each.svg,
  }));
}
