import { formatOneDecimal, formatPercent } from '../../output/numbers.js';
import { officerYear } from '../../workload/officerYear.js';
import type { ReportData } from '../reportData.js';
import { reportChart } from '../reportChart.js';
import { PALETTE } from '../svg/palette.js';
import { linearScale } from '../svg/linearScale.js';
import type { ReportChart } from '../types.js';

/**
 * Where one officer's paid hours go, as a waterfall: paid hours, each deduction as the part of the
 * bar it removes, and the case hours left,
 * caseHours = (paidHours - holidays - leave - training - collateralHours) x (1 - adminShare).
 */
export function officerYearChart(data: ReportData): ReportChart {
  const { model } = data;
  const year = officerYear(model);
  const steps: [string, number][] = [
    ['holidays', year.holidays],
    ['leave', year.leave],
    ['training', year.training],
    ['collateral duties', year.collateralHours],
    [`administration (${formatPercent(model.officerYear.adminShare)} of the rest)`, year.adminHours],
  ];
  const scale = linearScale(0, year.paidHours);
  let left = year.paidHours;
  const rows = steps.map(([label, hours]) => {
    const row = { label, lanes: [{ segments: [{ series: 1, from: left - hours, to: left, title: `${label}: ${formatOneDecimal(hours)} h` }], text: `- ${formatOneDecimal(hours)} h` }] };
    left -= hours;
    return row;
  });
  const bar = (label: string, hours: number, series: number) => ({
    label,
    lanes: [{ segments: [{ series, from: 0, to: hours, title: `${label}: ${formatOneDecimal(hours)} h` }], text: `${formatOneDecimal(hours)} h` }],
  });
  return reportChart(
    {
      id: 'chart-officer-year',
      title: "Where one officer's paid hours go in a year",
      description: `Of ${formatOneDecimal(year.paidHours)} paid hours, holidays take ${formatOneDecimal(year.holidays)}, leave ${formatOneDecimal(year.leave)}, training ${formatOneDecimal(year.training)}, collateral duties ${formatOneDecimal(year.collateralHours)} and administration ${formatOneDecimal(year.adminHours)}, leaving ${formatOneDecimal(year.caseHours)} hours for cases (${formatPercent(year.caseHours / year.paidHours)}).`,
      axisLabel: 'hours a year',
      scale,
      series: [
        { name: 'paid hours', color: PALETTE.grey },
        { name: 'not available for cases', color: PALETTE.vermillion },
        { name: 'case hours', color: PALETTE.blue },
      ],
      rows: [bar('paid hours', year.paidHours, 0), ...rows, bar('case hours', year.caseHours, 2)],
    },
    {
      columns: [{ header: 'part of the year' }, { header: 'hours', align: 'right' }],
      rows: [['paid hours', year.paidHours], ...steps, ['case hours', year.caseHours]].map(([label, hours]) => [String(label), formatOneDecimal(Number(hours))]),
    },
  );
}
