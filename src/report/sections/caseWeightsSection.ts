import { formatOneDecimal, formatPercent, formatTwoDecimals } from '../../output/numbers.js';
import { activityHours } from '../../workload/hours.js';
import { html, type Html } from '../html.js';
import type { ReportData } from '../reportData.js';
import { tableHtml } from './tableHtml.js';
import { timeText } from './timeText.js';
import { timesText } from './timesText.js';

const right = 'right' as const;

/** Each case type's tasks and its weight, caseWeight = sum over tasks of time x timesPerYear x share, and its achievable caseload. */
export function caseWeightsSection(data: ReportData): Html {
  const { model, assessment } = data;
  const year = model.officerYear;
  const types = model.caseTypes.map((caseType) => {
    const inherited = caseType.source ?? model.source;
    const weight = assessment.weights[caseType.id] ?? 0;
    const rows = caseType.tasks.map((task) => [
      task.name,
      timeText(task.time, task.ranges?.time),
      timesText(task.frequency, year, task.ranges?.perYear),
      formatPercent(task.share),
      formatTwoDecimals(activityHours(task, year)),
      task.source ?? (inherited === undefined ? 'none given' : "the case type's"),
    ]);
    rows.push(['case weight', '', '', '', formatTwoDecimals(weight), '']);
    const achievable = weight > 0 ? formatOneDecimal(assessment.caseHours / weight) : '-';
    return html`<h4>${caseType.label ?? caseType.id} <span class="muted">(${caseType.id}; ${caseType.docket} docket${caseType.priority === undefined ? '' : `; priority ${caseType.priority}`})</span></h4>
<p class="source">Source: ${inherited ?? 'none given'}</p>
${tableHtml(
  {
    columns: [{ header: 'task' }, { header: 'time' }, { header: 'times a year', align: right }, { header: 'share of cases', align: right }, { header: 'hours per case a year', align: right }, { header: 'source' }],
    rows,
  },
  { caption: `${caseType.id}: ${formatTwoDecimals(weight)} hours per case a year; one officer can carry ${achievable} such cases`, totals: new Set([rows.length - 1]), className: 'with-source' },
)}`;
  });
  return html`<section id="case-weights"><h3>Case weights</h3><p>Hours a case needs in a year: the sum over its tasks of time x times a year x the share of cases that need the task. One officer's ${formatOneDecimal(assessment.caseHours)} case hours divided by a case weight is the achievable caseload.</p>${types}</section>`;
}
