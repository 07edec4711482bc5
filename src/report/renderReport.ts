import { html } from './html.js';
import { checkOptions } from './checkOptions.js';
import { reportData } from './reportData.js';
import { reportCss } from './reportStyles.js';
import { assessmentSection } from './sections/assessmentSection.js';
import { caseWeightsSection } from './sections/caseWeightsSection.js';
import { officerYearSection } from './sections/officerYearSection.js';
import { resultSections } from './sections/resultSections.js';
import { unsourcedSection } from './sections/unsourcedSection.js';
import { rawHtml } from './html.js';
import type { RenderReportOptions, ReportResult } from './types.js';

/**
 * The staffing report as one self-contained HTML page: inline CSS and SVG, no script, nothing loaded
 * from the network, printable. It shows the model's assumptions (the officer year as a breakdown, each
 * case type's tasks and weight, the inputs without a source), the assessment table, caseload per
 * officer against the achievable caseload per office and docket on a log scale (after Figure 1 of
 * OIG-17-51), required against on-board officers, and, when given, a simulation's p5-p95 spread, a
 * sensitivity tornado and a hiring plan by year. All text from the model is escaped. Charts are built
 * by the package's own SVG code (docs/report-html.md says why).
 *
 * @param result `{ model, assessment? }`: the report assesses the model when no assessment is given
 * @throws {ModelError} when the model does not parse
 * @throws {TypeError} `result.model is required: renderReport({ model, assessment? })`, or a field of
 *   `options` in the wrong shape: `options.simulation.rows[0].requiredOfficers.p95: must be a finite number`
 * @throws {RangeError} `vacancyRate must be a number in [0, 1), got 1` (from `assess`)
 * @example
 * const page = renderReport({ model: scenario });
 * page.startsWith('<!doctype html>') // => true
 */
export function renderReport(result: ReportResult, options: RenderReportOptions = {}): string {
  const checked = checkOptions(options);
  const data = reportData(result, checked);
  const title = checked.title ?? data.model.name ?? 'Staffing assessment';
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${rawHtml(reportCss())}</style></head>
<body><header><h1>${title}</h1><p class="muted">A workload staffing assessment by the weighted-caseload method: the hours a case needs in a year against the case hours one officer has in a year.</p></header>
<main>${assessmentSection(data)}
<section id="assumptions"><h2>Assumptions</h2>${officerYearSection(data)}${caseWeightsSection(data)}${unsourcedSection(data)}</section>
${resultSections(data, checked)}</main>
<footer>Made with staffing-model. Figures are only as good as the inputs above; those without a source are listed.</footer>
</body></html>
`;
  return page.text;
}
