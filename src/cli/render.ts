import { renderMarkdown, renderText, type TextTable } from '../output/table.js';
import { toCsv } from '../output/toCsv.js';
import type { Format } from './format.js';

/** What a command shows: its full result (json), its rows (csv), and a table with words around it. */
export interface Report {
  title: string;
  /** Lines above the table. */
  summary: string[];
  /** Built only for the formats that show it (table, markdown). */
  table(): TextTable;
  /** Lines below the table (such as the inputs that have no source). */
  notes: string[];
  result: object;
  rows: readonly object[];
}

/** The report in the chosen format, ending with a line break. */
export function render(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report.result, null, 2)}\n`;
    case 'csv':
      return toCsv(report.rows);
    case 'markdown': // every line a paragraph of its own
      return [`## ${report.title}`, '', ...report.summary.flatMap((line) => [line, '']), renderMarkdown(report.table()), ...report.notes.flatMap((line) => ['', line]), ''].join('\n');
    case 'table':
      return [report.title, '', ...report.summary, ...(report.summary.length > 0 ? [''] : []), renderText(report.table()), ...(report.notes.length > 0 ? ['', ...report.notes] : []), ''].join('\n');
  }
}
