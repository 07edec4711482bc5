import { formatCount, formatTwoDecimals, formatWhole } from '../../output/numbers.js';
import { reportChart } from '../reportChart.js';
import { PALETTE } from '../svg/palette.js';
import { linearScale } from '../svg/linearScale.js';
import type { HiringPlanLike, ReportChart } from '../types.js';

/** A hiring plan by year: officers required, against officers carrying cases plus those still in training. */
export function hiringPlanChart(plan: HiringPlanLike): ReportChart {
  const f = formatTwoDecimals;
  const scale = linearScale(0, Math.max(1, ...plan.rows.flatMap((row) => [row.requiredOfficers, row.officers + row.inTraining])));
  const first = plan.rows[0];
  const last = plan.rows[plan.rows.length - 1];
  const summary = first && last ? ` From ${first.year} to ${last.year}: ${f(first.requiredOfficers)} to ${f(last.requiredOfficers)} officers required, ${f(first.officers)} to ${f(last.officers)} carrying cases, ${formatWhole(plan.rows.reduce((sum, row) => sum + row.hires, 0))} hires in all.` : '';
  return reportChart(
    {
      id: 'chart-hiring-plan',
      title: 'Hiring plan: officers required and officers on board by year',
      description: `For each year, the officers the year's cases require, and the officers carrying cases with the hires still in training beside them.${summary}`,
      axisLabel: 'officers (full-time equivalents)',
      scale,
      series: [
        { name: 'officers required', color: PALETTE.blue },
        { name: 'carrying cases', color: PALETTE.grey },
        { name: 'in training', color: PALETTE.green },
      ],
      rows: plan.rows.map((row) => ({
        label: String(row.year),
        lanes: [
          { segments: [{ series: 0, from: 0, to: row.requiredOfficers, title: `${f(row.requiredOfficers)} required` }], text: `${f(row.requiredOfficers)} required` },
          {
            segments: [
              { series: 1, from: 0, to: row.officers, title: `${f(row.officers)} carrying cases` },
              { series: 2, from: row.officers, to: row.officers + row.inTraining, title: `${f(row.inTraining)} in training` },
            ],
            text: `${f(row.officers)} + ${f(row.inTraining)} in training`,
          },
        ],
      })),
    },
    {
      columns: ['year', 'cases', 'required', 'carrying cases', 'in training', 'hires', 'separations', 'gap'].map((header, i) => ({ header, ...(i > 0 ? { align: 'right' as const } : {}) })),
      rows: plan.rows.map((row) => [String(row.year), formatCount(row.cases), f(row.requiredOfficers), f(row.officers), f(row.inTraining), formatCount(row.hires), f(row.separations), f(row.gap)]),
    },
  );
}
