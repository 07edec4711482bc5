import stringWidth from 'string-width';

/**
 * Columns a text takes on a terminal. Printable ASCII, nearly every cell, is one column a character:
 * tested here first, which is several times faster than string-width's own check (measured: 40,000
 * offices make a million cells).
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const displayWidth = (text: string): number => (PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text));

/** A table to print: column headers and rows of already formatted cells. */
export interface TextTable {
  /** The columns, in order. */
  columns: readonly {
    /** The column's heading. */
    header: string;
    /** `right` for figures (aligned on their last digit); default `left`. */
    align?: 'left' | 'right';
  }[];
  /** The cells of each row, formatted for reading, one per column. */
  rows: readonly (readonly string[])[];
}

/**
 * An aligned plain-text table for a terminal: a header, a rule, then the rows. Columns line up by
 * display width, as a terminal shows the text (string-width): a CJK character takes two columns, a
 * combining mark none.
 *
 * @example
 * renderText({ columns: [{ header: 'office' }, { header: 'cases', align: 'right' }], rows: [['dc', '10,156']] })
 * // => 'office   cases\n------  ------\ndc      10,156'
 */
export function renderText(table: TextTable): string {
  const { columns, rows } = table;
  // A loop, not Math.max(...cells): no limit on the number of rows.
  const widths = columns.map((column) => displayWidth(column.header));
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, displayWidth(row[i] ?? ''));
  }
  const line = (cells: readonly string[]): string => {
    let text = '';
    for (let i = 0; i < widths.length; i++) {
      const cell = cells[i] ?? '';
      const pad = ' '.repeat(widths[i]! - displayWidth(cell));
      text += `${i === 0 ? '' : '  '}${columns[i]!.align === 'right' ? pad + cell : cell + pad}`;
    }
    return text.trimEnd();
  };
  let text = `${line(columns.map((column) => column.header))}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`;
  for (const row of rows) text += `\n${line(row)}`;
  return text;
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
