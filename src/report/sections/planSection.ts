import { formatCount } from '../../output/numbers.js';
import { hiringPlanChart } from '../charts/hiringPlanChart.js';
import { html, type Html } from '../html.js';
import type { ReportData } from '../reportData.js';
import type { HiringPlanLike } from '../types.js';
import { figureHtml } from './figureHtml.js';
import { tableHtml } from './tableHtml.js';

/** A hiring plan: what it comes to, the chart by year with its table, and where each year's hires go. */
export function planSection(data: ReportData, plan: HiringPlanLike): Html {
  const last = plan.rows[plan.rows.length - 1];
  const closes =
    plan.gapClosesIn === undefined || !last ? '' : plan.gapClosesIn === null ? ` The gap is still open in ${last.year}.` : ` The gap closes in ${plan.gapClosesIn} and stays closed.`;
  const hires = plan.hiresPerYear === undefined ? '' : `${formatCount(plan.hiresPerYear)} hires a year.`;
  const offices = plan.offices ?? [];
  const placement = offices.length
    ? tableHtml(
        {
          columns: [{ header: 'year' }, { header: 'office' }, { header: 'docket' }, { header: 'hires', align: 'right' }],
          rows: offices.map((row) => [String(row.year), data.officeLabel(row.office), row.docket, formatCount(row.hires)]),
        },
        { caption: "Where each year's hires go" },
      )
    : null;
  return html`<section id="hiring-plan"><h2>Hiring plan</h2><p>${hires}${closes}</p>${figureHtml(hiringPlanChart(plan), true)}${placement}</section>`;
}
