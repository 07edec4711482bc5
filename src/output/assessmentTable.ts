import type { Assessment } from '../workload/assess.js';
import type { Staffing } from '../workload/staffing.js';
import type { TextTable } from './table.js';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** How a missing ratio (its denominator is 0) is shown. */
const NONE = '-';

function count(value: number): string {
  return Number.isInteger(value) ? whole.format(value) : twoDecimals.format(value);
}
function maybe(value: number | null, format: (value: number) => string): string {
  return value === null ? NONE : format(value);
}
function signed(value: number): string {
  return value > 0 ? `+${count(value)}` : count(value);
}

/**
 * The assessment as a table for people: a line per office and docket, an office total where an office
 * has more than one docket, and the model's total. Figures are rounded for reading; `--format json`
 * and `csv` keep full precision.
 */
export function assessmentTable(assessment: Assessment, vacancy: boolean): TextTable {
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
  const line = (office: string, docket: string, s: Staffing): string[] => [
    office,
    docket,
    whole.format(s.cases),
    whole.format(s.workloadHours),
    twoDecimals.format(s.requiredOfficers),
    whole.format(s.recommendedOfficers),
    ...(vacancy ? [s.positionsToFund === undefined ? NONE : whole.format(s.positionsToFund)] : []),
    count(s.officers),
    signed(s.gap),
    s.unstaffed ? (s.cases > 0 ? 'unstaffed' : NONE) : `${whole.format((s.utilization ?? 0) * 100)}%`,
    maybe(s.caseloadPerOfficer, (v) => whole.format(v)),
    maybe(s.hoursPerCase, (v) => twoDecimals.format(v)),
    maybe(s.achievableCaseload, (v) => oneDecimal.format(v)),
  ];
  const rows: string[][] = [];
  for (const office of assessment.offices) {
    const officeRows = assessment.rows.filter((row) => row.office === office.office);
    for (const row of officeRows) rows.push(line(row.office, row.docket, row));
    if (officeRows.length > 1) rows.push(line(office.office, '(office)', office));
  }
  rows.push(line('TOTAL', '', assessment.total));
  return { columns, rows };
}
