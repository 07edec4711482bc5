import { formatOneDecimal, formatPercent, formatTwoDecimals } from '../../output/numbers.js';
import type { TextTable } from '../../output/table.js';
import { activityHours } from '../../workload/hours.js';
import { officerYear } from '../../workload/officerYear.js';
import { officerYearChart } from '../charts/officerYearChart.js';
import { html, type Html } from '../html.js';
import type { ReportData } from '../reportData.js';
import { figureHtml } from './figureHtml.js';
import { tableHtml } from './tableHtml.js';
import { timeText } from './timeText.js';
import { timesText } from './timesText.js';

const right = 'right' as const;

/** The officer year as a breakdown (table and waterfall), and the collateral duties that make up part of it. */
export function officerYearSection(data: ReportData): Html {
  const { model } = data;
  const settings = model.officerYear;
  const year = officerYear(model);
  const breakdown: TextTable = {
    columns: [{ header: 'part of the year' }, { header: 'hours', align: right }, { header: 'as given' }],
    rows: [
      ['paid hours', formatOneDecimal(year.paidHours), `${settings.workdayHours} h a workday`],
      ['holidays', `- ${formatOneDecimal(year.holidays)}`, timeText(settings.holidays)],
      ['leave', `- ${formatOneDecimal(year.leave)}`, timeText(settings.leave)],
      ['training', `- ${formatOneDecimal(year.training)}`, timeText(settings.training)],
      ['collateral duties', `- ${formatOneDecimal(year.collateralHours)}`, `${model.collateralDuties.length} duties, below`],
      ['administration', `- ${formatOneDecimal(year.adminHours)}`, `${formatPercent(settings.adminShare)} of what is left`],
      ['case hours', formatOneDecimal(year.caseHours), '(paid - holidays - leave - training - duties) x (1 - admin share)'],
    ],
  };
  const duties: TextTable = {
    columns: [{ header: 'duty' }, { header: 'time' }, { header: 'times a year', align: right }, { header: 'share of officers', align: right }, { header: 'hours a year', align: right }, { header: 'source' }],
    rows: model.collateralDuties.map((duty) => [
      duty.name,
      timeText(duty.time, duty.ranges?.time),
      timesText(duty.frequency, settings, duty.ranges?.perYear),
      formatPercent(duty.share),
      formatOneDecimal(activityHours(duty, settings)),
      duty.source ?? 'none given',
    ]),
  };
  return html`<section id="officer-year"><h3>The officer year</h3>
<p class="source">Source: ${settings.source ?? model.source ?? 'none given'}</p>
${tableHtml(breakdown, { caption: 'One officer year, in hours', totals: new Set([6]) })}
${figureHtml(officerYearChart(data))}
${model.collateralDuties.length > 0 ? tableHtml(duties, { caption: 'Collateral duties: time x times a year x share of officers', className: 'with-source' }) : html`<p>No collateral duties.</p>`}</section>`;
}
