import { formatValue } from './formatValue.js';
import { resultTables } from './resultTables.js';
import type { MediaBundle } from './withDisplay.js';

/** Rows shown per table; the rest are counted, not dropped silently (the result holds them all). */
export const DISPLAY_ROWS = 100;

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function textTable(columns: string[], rows: string[][], numeric: boolean[]): string {
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * A result as HTML tables and as plain text, for notebooks: a title, the summary fields, then a table
 * per list or record, at most `DISPLAY_ROWS` rows each with a count of the rest.
 */
export function resultBundle(title: string, result: object): MediaBundle {
  const { summary, tables } = resultTables(result);
  const html: string[] = [`<h4>${escape(title)}</h4>`];
  const text: string[] = [title];
  if (summary.length > 0) {
    html.push(`<p>${summary.map(([key, value]) => `<b>${escape(key)}</b>: ${escape(formatValue(value))}`).join('<br>')}</p>`);
    text.push(...summary.map(([key, value]) => `${key}: ${formatValue(value)}`));
  }
  for (const table of tables) {
    const shown = table.rows.slice(0, DISPLAY_ROWS).map((row) => row.map(formatValue));
    const more = table.rows.length > shown.length ? `${table.rows.length - shown.length} more rows not shown (${table.rows.length} in all)` : '';
    const numeric = table.columns.map((_, i) => table.rows.every((row) => typeof row[i] === 'number' || row[i] === null));
    const cell = (value: string, i: number, tag: string) => `<${tag}${numeric[i] ? ' style="text-align:right"' : ''}>${escape(value)}</${tag}>`;
    html.push(
      `<table><caption style="text-align:left"><b>${escape(table.name)}</b></caption><thead><tr>${table.columns.map((c, i) => cell(c, i, 'th')).join('')}</tr></thead><tbody>${shown
        .map((row) => `<tr>${row.map((value, i) => cell(value, i, 'td')).join('')}</tr>`)
        .join('')}</tbody></table>${more ? `<p>${more}</p>` : ''}`,
    );
    text.push('', `${table.name}:`, textTable(table.columns, shown, numeric), ...(more ? [more] : []));
  }
  return { 'text/html': html.join('\n'), 'text/plain': text.join('\n') };
}
