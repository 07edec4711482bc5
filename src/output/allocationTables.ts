import type { OfficerAllocation } from '../allocation/allocateOfficers.js';
import type { HirePlan } from '../allocation/allocateHires.js';
import type { Coverage } from '../allocation/coverage.js';
import { formatCount, formatMaybe, formatPercent, formatTwoDecimals, formatWhole } from './numbers.js';
import type { TextTable } from './table.js';

const right = 'right' as const;

/** An officer allocation: a line per office and docket. */
export function allocationTable(allocation: OfficerAllocation): TextTable {
  return {
    columns: [
      { header: 'office' },
      { header: 'docket' },
      { header: 'required', align: right },
      { header: 'allocated', align: right },
      { header: 'utilization', align: right },
      { header: 'cases/officer', align: right },
    ],
    rows: allocation.rows.map((row) => [
      row.office,
      row.docket,
      formatTwoDecimals(row.requiredOfficers),
      formatWhole(row.officers),
      formatMaybe(row.utilization, formatPercent),
      formatMaybe(row.caseloadPerOfficer, formatWhole),
    ]),
  };
}

/** A hiring plan: a line per office and docket. */
export function hirePlanTable(plan: HirePlan): TextTable {
  const utilization = (value: number | null, cases: number) => (value === null ? (cases > 0 ? 'unstaffed' : '-') : formatPercent(value));
  return {
    columns: [
      { header: 'office' },
      { header: 'docket' },
      { header: 'on board', align: right },
      { header: 'hires', align: right },
      { header: 'utilization before', align: right },
      { header: 'after', align: right },
    ],
    rows: plan.rows.map((row) => [
      row.office,
      row.docket,
      formatCount(row.officers),
      formatWhole(row.added),
      utilization(row.utilizationBefore, row.cases),
      utilization(row.utilizationAfter, row.cases),
    ]),
  };
}

/** Coverage by priority: a line per office, docket and case type. */
export function coverageTable(result: Coverage): TextTable {
  return {
    columns: [
      { header: 'office' },
      { header: 'docket' },
      { header: 'case type' },
      { header: 'priority', align: right },
      { header: 'cases', align: right },
      { header: 'covered', align: right },
      { header: 'uncovered h', align: right },
    ],
    rows: result.rows.map((row) => [
      row.office,
      row.docket,
      row.caseType,
      row.priority === null ? '-' : String(row.priority),
      formatWhole(row.cases),
      formatMaybe(row.coveredShare, formatPercent),
      formatWhole(row.uncoveredHours),
    ]),
  };
}
