import { html, type Html } from '../html.js';
import { axis } from './axis.js';
import { CHART, chartLayout } from './chartLayout.js';
import type { RowChartSpec } from './chartTypes.js';
import { legend } from './legend.js';
import { PALETTE } from './palette.js';
import { px } from './px.js';
import { rows } from './rows.js';

/** The font stack of every chart: the reader's system sans-serif, nothing loaded. */
export const CHART_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * A horizontal row chart as a standalone SVG: a title, a legend, one labelled row per item with one
 * or more lanes of bars and marks, and a value axis (linear or log). Accessible: `role="img"`, its
 * `<title>` and `<desc>` name and describe it, and each bar's `<title>` gives its value. Colours and
 * sizes are attributes, so the SVG looks the same in a page, a notebook or a file.
 */
export function rowChart(spec: RowChartSpec): Html {
  const key = legend(spec.series);
  const layout = chartLayout(spec, key.height);
  const { width, pad, titleFont } = CHART;
  const titleTop = pad + titleFont;
  const titles = layout.titleLines.map(
    (line, i) => html`<text class="chart-title" x="${pad}" y="${px(titleTop + i * (titleFont + 5))}" font-size="${titleFont}" font-weight="bold" fill="${PALETTE.ink}">${line}</text>`,
  );
  const legendTop = pad + layout.titleLines.length * (titleFont + 5);
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${spec.id}" viewBox="0 0 ${width} ${px(layout.height)}" width="${width}" height="${px(layout.height)}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" font-family="${CHART_FONTS}"><title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.description}</desc><rect width="100%" height="100%" fill="#ffffff"/>${titles}${key.at(legendTop)}${axis(spec, layout)}${rows(spec, layout)}</svg>`;
}
