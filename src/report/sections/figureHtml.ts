import { html, rawHtml, type Html } from '../html.js';
import type { ReportChart } from '../types.js';
import { tableHtml } from './tableHtml.js';

/**
 * A chart in the page: the SVG, its description as the visible caption (the text alternative, printed
 * too), and its data as a table that opens on demand.
 */
export function figureHtml(chart: ReportChart, open = false): Html {
  // chart.svg is markup this module built with the escaping `html` tag: inserted as it is.
  return html`<figure class="chart-figure">${rawHtml(chart.svg)}<figcaption>${chart.description}</figcaption><details${open ? html` open` : null}><summary>Data: ${chart.title}</summary>${tableHtml(chart.data)}</details></figure>`;
}
