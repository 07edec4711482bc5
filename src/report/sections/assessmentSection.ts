import { formatCount, formatOneDecimal, formatTwoDecimals } from '../../output/numbers.js';
import { caseloadCharts } from '../charts/caseloadCharts.js';
import { officersCharts } from '../charts/officersCharts.js';
import { html, type Html } from '../html.js';
import type { ReportData } from '../reportData.js';
import { assessmentTable } from './assessmentTable.js';
import { figureHtml } from './figureHtml.js';
import { tableHtml } from './tableHtml.js';

/** The assessment: its table, then caseloads against achievable caseloads and required against on-board officers, per docket. */
export function assessmentSection(data: ReportData): Html {
  const { table, groups, totals } = assessmentTable(data);
  const { total, caseHours } = data.assessment;
  return html`<section id="assessment"><h2>Assessment</h2>
<p>With ${formatOneDecimal(caseHours)} case hours per officer a year, the workload needs ${formatTwoDecimals(total.requiredOfficers)} officers (${formatCount(total.recommendedOfficers)} whole officers, by docket and office); ${formatCount(total.officers)} are on board.</p>
${tableHtml(table, { caption: "Staffing needed against staff on board, by office and docket", groups, totals, className: "assessment" })}
<h3>Caseloads</h3>
${caseloadCharts(data).map((chart) => figureHtml(chart))}
<h3>Officers</h3>
${officersCharts(data).map((chart) => figureHtml(chart))}</section>`;
}
