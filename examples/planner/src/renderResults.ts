/**
 * The planner's results: a summary line, the assessment table and the charts. Table cells are set as
 * text (textContent), and the charts are the library's SVG, in which every model text is escaped.
 */
import { reportCharts, type Assessment, type ModelLike, type ReportChart } from 'staffing-model';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (value: number | null) => (value === null ? '-' : `${whole.format(value * 100)}%`);

const COLUMNS: [string, (row: Assessment['rows'][number]) => string, boolean][] = [
  ['docket', (row) => row.docket, false],
  ['cases', (row) => whole.format(row.cases), true],
  ['officers required', (row) => two.format(row.requiredOfficers), true],
  ['recommended', (row) => whole.format(row.recommendedOfficers), true],
  ['on board', (row) => whole.format(row.officers), true],
  ['gap', (row) => (row.gap > 0 ? `+${row.gap}` : String(row.gap)), true],
  ['utilization', (row) => (row.unstaffed && row.cases > 0 ? 'unstaffed' : percent(row.utilization)), true],
  ['cases per officer', (row) => (row.caseloadPerOfficer === null ? '-' : whole.format(row.caseloadPerOfficer)), true],
  ['achievable caseload', (row) => (row.achievableCaseload === null ? '-' : whole.format(row.achievableCaseload)), true],
];

function cell(tag: 'th' | 'td', text: string, numeric: boolean): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (numeric) element.className = 'num';
  return element;
}

/** Fills `table` with the assessment: a row per office and docket, under the office's name. */
export function renderTable(table: HTMLTableElement, assessment: Assessment, officeName: (id: string) => string): void {
  const head = document.createElement('thead');
  head.append(Object.assign(document.createElement('tr'), {}));
  head.firstElementChild!.append(cell('th', 'office', false), ...COLUMNS.map(([name, , numeric]) => cell('th', name, numeric)));
  const body = document.createElement('tbody');
  for (const row of assessment.rows) {
    const tr = document.createElement('tr');
    const office = cell('th', officeName(row.office), false);
    office.setAttribute('scope', 'row');
    tr.append(office, ...COLUMNS.map(([, value, numeric]) => cell('td', value(row), numeric)));
    body.append(tr);
  }
  table.replaceChildren(head, body);
}

/** The report's caseload and officer charts of the assessment. */
export function planningCharts(model: ModelLike, assessment: Assessment): ReportChart[] {
  return reportCharts({ model, assessment }).filter((chart) => !chart.id.endsWith('officer-year'));
}

/** Draws charts into `container`. */
export function renderCharts(container: HTMLElement, charts: readonly ReportChart[]): void {
  // chart.svg is built by the library with every model text escaped.
  container.innerHTML = charts.map((chart) => `<figure>${chart.svg}<figcaption></figcaption></figure>`).join('');
  container.querySelectorAll('figcaption').forEach((caption, i) => (caption.textContent = charts[i]!.description));
}
