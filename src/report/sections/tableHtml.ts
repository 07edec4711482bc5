import type { TextTable } from '../../output/table.js';
import { html, type Html } from '../html.js';

export interface TableHtmlOptions {
  caption?: string;
  /** Rows (by index) to mark as totals: bold, with a rule above. */
  totals?: ReadonlySet<number>;
  /** Rows (by index) that head a group of the rows after them, such as an office: one cell across the table. */
  groups?: ReadonlySet<number>;
  className?: string;
}

/**
 * A table of formatted cells as HTML: a caption, column headers (`scope="col"`), each row's first cell
 * as its header (`scope="row"`), and group rows heading their own `<tbody>` (`scope="rowgroup"`), so
 * screen readers announce a cell with its group, row and column.
 */
export function tableHtml(table: TextTable, options: TableHtmlOptions = {}): Html {
  const align = (i: number) => (table.columns[i]?.align === 'right' ? html` class="num"` : null);
  const head = table.columns.map((column, i) => html`<th scope="col"${align(i)}>${column.header}</th>`);
  const bodies: Html[][] = [[]];
  table.rows.forEach((cells, r) => {
    if (options.groups?.has(r)) {
      if (bodies[bodies.length - 1]!.length > 0) bodies.push([]);
      bodies[bodies.length - 1]!.push(html`<tr class="group"><th scope="rowgroup" colspan="${table.columns.length}">${cells[0] ?? ''}</th></tr>`);
      return;
    }
    const [first, ...rest] = cells;
    const total = options.totals?.has(r) ? html` class="total"` : null;
    bodies[bodies.length - 1]!.push(html`<tr${total}><th scope="row">${first ?? ''}</th>${rest.map((cell, i) => html`<td${align(i + 1)}>${cell}</td>`)}</tr>`);
  });
  const caption = options.caption === undefined ? null : html`<caption>${options.caption}</caption>`;
  const className = options.className ? html` class="${options.className}"` : null;
  return html`<div class="table-wrap"><table${className}>${caption}<thead><tr>${head}</tr></thead>${bodies.map((rows) => html`<tbody>${rows}</tbody>`)}</table></div>`;
}
