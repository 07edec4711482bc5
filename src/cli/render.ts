import { renderMarkdown, renderText, type TextTable } from '../output/table.js';
import { toCsv } from '../output/toCsv.js';
import type { Format } from './args.js';

/** What a command shows: its full result (json), its rows (csv), and a table with words around it. */
export interface Report {
  title: string;
  /** Lines above the table in the text format. */
  summary: string[];
  table: TextTable;
  /** Lines below the table in the text format. */
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
    case 'markdown':
      return [`## ${report.title}`, '', ...report.summary.flatMap((line) => [line, '']), renderMarkdown(report.table), ''].join('\n');
    case 'table':
      return [
        report.title,
        '',
        ...(report.summary.length > 0 ? [...report.summary, ''] : []),
        renderText(report.table),
        ...(report.notes.length > 0 ? ['', ...report.notes] : []),
        '',
      ].join('\n');
  }
}
