import type { Assessment } from '../workload/assess.js';
import type { Staffing } from '../workload/staffing.js';
import { formatCount, formatMaybe, formatOneDecimal, formatPercent, formatSigned, formatTwoDecimals, formatWhole, NONE } from './numbers.js';
import type { TextTable } from './table.js';

/**
 * The assessment as a table for people: a line per office and docket, an office total where an office
 * has more than one docket, and the model's total.
 */
export function assessmentTable(assessment: Assessment): TextTable {
  const vacancy = assessment.total.positionsToFund !== undefined;
  const columns: TextTable['columns'] = [
    { header: 'office' },
    { header: 'docket' },
    { header: 'cases', align: 'right' },
    { header: 'workload h', align: 'right' },
    { header: 'required', align: 'right' },
    { header: 'recommended', align: 'right' },
    ...(vacancy ? [{ header: 'to fund', align: 'right' as const }] : []),
    { header: 'on board', align: 'right' },
    { header: 'gap', align: 'right' },
    { header: 'utilization', align: 'right' },
    { header: 'cases/officer', align: 'right' },
    { header: 'h/case', align: 'right' },
    { header: 'achievable', align: 'right' },
  ];
  const line = (office: string, docket: string, s: Staffing): string[] => [office, docket, ...staffingCells(s, vacancy)];
  const rows: string[][] = [];
  const rowsByOffice = new Map<string, Assessment['rows']>();
  for (const row of assessment.rows) {
    const officeRows = rowsByOffice.get(row.office);
    if (officeRows) officeRows.push(row);
    else rowsByOffice.set(row.office, [row]);
  }
  for (const office of assessment.offices) {
    const officeRows = rowsByOffice.get(office.office) ?? [];
    for (const row of officeRows) rows.push(line(row.office, row.docket, row));
    if (officeRows.length > 1) rows.push(line(office.office, '(office)', office));
  }
  rows.push(line('TOTAL', '', assessment.total));
  return { columns, rows };
}

/**
 * One line's staffing figures as people read them, from cases to achievable caseload (positions to
 * fund only with `vacancy`): the cells the CLI's table and the HTML report's table share.
 */
export function staffingCells(s: Staffing, vacancy: boolean): string[] {
  return [
    formatWhole(s.cases),
    formatWhole(s.workloadHours),
    formatTwoDecimals(s.requiredOfficers),
    formatWhole(s.recommendedOfficers),
    ...(vacancy ? [s.positionsToFund === undefined ? NONE : formatWhole(s.positionsToFund)] : []),
    formatCount(s.officers),
    formatSigned(s.gap),
    s.unstaffed ? (s.cases > 0 ? 'unstaffed' : NONE) : formatMaybe(s.utilization, formatPercent),
    formatMaybe(s.caseloadPerOfficer, formatWhole),
    formatMaybe(s.hoursPerCase, formatTwoDecimals),
    formatMaybe(s.achievableCaseload, formatOneDecimal),
  ];
}
