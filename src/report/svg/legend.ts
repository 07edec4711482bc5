import { html, type Html } from '../html.js';
import { CHART } from './chartLayout.js';
import type { ChartSeries } from './chartTypes.js';
import { px } from './px.js';
import { textWidth } from './textWidth.js';

const LINE = 18;
const SWATCH = 12;

/** The legend: one swatch and name per series, in lines that fit the chart's width. */
export function legend(series: readonly ChartSeries[]): { height: number; at(top: number): Html } {
  const right = CHART.width - CHART.pad;
  let x = CHART.pad;
  let line = 0;
  const items = series.map((each) => {
    const width = SWATCH + 5 + textWidth(each.name, CHART.font);
    if (x + width > right && x > CHART.pad) {
      x = CHART.pad;
      line += 1;
    }
    const item = { each, x, line };
    x += width + 18;
    return item;
  });
  const height = series.length === 0 ? 0 : (line + 1) * LINE + 4;
  const at = (top: number) =>
    html`<g class="legend">${items.map(({ each, x: left, line: n }) => {
      const y = top + n * LINE;
      const swatch =
        each.kind === 'mark'
          ? html`<rect x="${px(left + SWATCH / 2 - 1.5)}" y="${px(y)}" width="3" height="${SWATCH}" fill="${each.color}"/>`
          : html`<rect x="${px(left)}" y="${px(y)}" width="${SWATCH}" height="${SWATCH}" fill="${each.color}"/>`;
      return html`${swatch}<text x="${px(left + SWATCH + 5)}" y="${px(y + SWATCH - 2)}" font-size="${CHART.font}">${each.name}</text>`;
    })}</g>`;
  return { height, at };
}
