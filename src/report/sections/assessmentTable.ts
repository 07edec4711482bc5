import { staffingCells } from '../../output/assessmentTable.js';
import type { TextTable } from '../../output/table.js';
import type { AssessmentRow } from '../../workload/assess.js';
import type { Staffing } from '../../workload/staffing.js';
import type { ReportData } from '../reportData.js';

/** A table with some rows heading groups (offices) and some totals, by row index. */
export interface GroupedTable {
  table: TextTable;
  groups: Set<number>;
  totals: Set<number>;
}

/**
 * The assessment for people: each office by name heads its group, then a line per docket, the
 * office's total where it has more than one docket, and the model's total at the end.
 */
export function assessmentTable(data: ReportData): GroupedTable {
  const { assessment } = data;
  const vacancy = assessment.total.positionsToFund !== undefined;
  const headers = ['docket', 'cases', 'workload hours', 'officers required', 'recommended', ...(vacancy ? ['positions to fund'] : []), 'on board', 'gap', 'utilization', 'cases per officer', 'hours per case', 'achievable caseload'];
  const line = (label: string, s: Staffing): string[] => [label, ...staffingCells(s, vacancy)];
  const byOffice = new Map<string, AssessmentRow[]>();
  for (const row of assessment.rows) {
    const list = byOffice.get(row.office);
    if (list) list.push(row);
    else byOffice.set(row.office, [row]);
  }
  const rows: string[][] = [];
  const groups = new Set<number>();
  const totals = new Set<number>();
  for (const office of assessment.offices) {
    const officeRows = byOffice.get(office.office) ?? [];
    groups.add(rows.length);
    rows.push([data.officeLabel(office.office)]);
    for (const row of officeRows) rows.push(line(row.docket, row));
    if (officeRows.length > 1) {
      totals.add(rows.length);
      rows.push(line('office total', office));
    }
  }
  groups.add(rows.length);
  rows.push(['All offices']);
  totals.add(rows.length);
  rows.push(line('total', assessment.total));
  return { table: { columns: headers.map((header, i) => ({ header, ...(i > 0 ? { align: 'right' as const } : {}) })), rows }, groups, totals };
}
