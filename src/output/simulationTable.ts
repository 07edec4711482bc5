import type { Simulation, SimulatedRow } from '../uncertainty/simulate.js';
import { formatCount, formatLevel, formatPercent, formatTwoDecimals, formatWhole } from './numbers.js';
import type { TextTable } from './table.js';

/**
 * A simulation as a table for people: per office and docket (an office line where an office has more
 * than one docket, and the total) the officers on board and at the means, the mean and the 5th to 95th
 * percentile of the officers required, the share of draws staffed, and the officers (and with a
 * vacancy rate, positions) for each confidence level.
 */
export function simulationTable(simulation: Simulation): TextTable {
  const levels = simulation.confidence.map(String);
  const vacancy = simulation.total.positionsToFund !== undefined;
  const percent = (level: string) => formatLevel(Number(level));
  const columns: TextTable['columns'] = [
    { header: 'office' },
    { header: 'docket' },
    { header: 'on board', align: 'right' },
    { header: 'at means', align: 'right' },
    { header: 'mean', align: 'right' },
    { header: 'p5 - p95', align: 'right' },
    { header: 'staffed', align: 'right' },
    ...levels.map((level) => ({ header: `${percent(level)} sure`, align: 'right' as const })),
    ...(vacancy ? levels.map((level) => ({ header: `fund ${percent(level)}`, align: 'right' as const })) : []),
  ];
  const line = (office: string, docket: string, s: SimulatedRow): string[] => [
    office,
    docket,
    formatCount(s.officers),
    formatWhole(s.recommendedOfficers),
    formatTwoDecimals(s.requiredOfficers.mean),
    `${formatTwoDecimals(s.requiredOfficers.p5)} - ${formatTwoDecimals(s.requiredOfficers.p95)}`,
    formatPercent(s.probabilityStaffed),
    ...levels.map((level) => formatWhole(s.officersForConfidence[level]!)),
    ...(vacancy ? levels.map((level) => formatWhole(s.positionsToFund![level]!)) : []),
  ];
  const rows: string[][] = [];
  for (const office of simulation.offices) {
    const officeRows = simulation.rows.filter((row) => row.office === office.office);
    for (const row of officeRows) rows.push(line(row.office, row.docket, row));
    if (officeRows.length > 1) rows.push(line(office.office, '(office)', office));
  }
  rows.push(line('TOTAL', '', simulation.total));
  return { columns, rows };
}
