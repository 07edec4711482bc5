/** A table to print: column headers and rows of already formatted cells. */
export interface TextTable {
  columns: readonly { header: string; align?: 'left' | 'right' }[];
  rows: readonly (readonly string[])[];
}

/**
 * An aligned plain-text table for a terminal: a header, a rule, then the rows.
 *
 * @example
 * renderText({ columns: [{ header: 'office' }, { header: 'cases', align: 'right' }], rows: [['dc', '10,156']] })
 * // => 'office   cases\n------  ------\ndc      10,156'
 */
export function renderText(table: TextTable): string {
  // A loop, not Math.max(...cells): spreading 125,000 rows as arguments overflows the stack.
  const widths = table.columns.map((column, i) => table.rows.reduce((width, row) => Math.max(width, (row[i] ?? '').length), column.header.length));
  const line = (cells: readonly string[]) =>
    table.columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        return column.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();
  return [line(table.columns.map((column) => column.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

/** Escapes what Markdown would read inside a table cell. */
function markdownCell(cell: string): string {
  return cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A GitHub-flavoured Markdown table.
 *
 * @example
 * renderMarkdown({ columns: [{ header: 'office' }, { header: 'cases', align: 'right' }], rows: [['dc', '10,156']] })
 * // => '| office | cases |\n| :-- | --: |\n| dc | 10,156 |'
 */
export function renderMarkdown(table: TextTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    line(table.columns.map((column) => column.header)),
    `| ${table.columns.map((column) => (column.align === 'right' ? '--:' : ':--')).join(' | ')} |`,
    ...table.rows.map(line),
  ].join('\n');
}
