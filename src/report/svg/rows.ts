import { html, type Html } from '../html.js';
import { CHART, type ChartLayout } from './chartLayout.js';
import type { Lane, RowChartSpec } from './chartTypes.js';
import { PALETTE } from './palette.js';
import { px } from './px.js';
import { fitText } from './textWidth.js';

/** The rows: each label, then each lane's bars, marks and text. */
export function rows(spec: RowChartSpec, layout: ChartLayout): Html {
  const { plotLeft, plotRight, labelWidth } = layout;
  const x = (value: number) => plotLeft + spec.scale.at(value) * (plotRight - plotLeft);
  const color = (series: number) => spec.series[series]?.color ?? PALETTE.ink;

  const lane = (each: Lane, top: number): Html => {
    // A segment of no length (a collateral duty of 0 h) draws nothing: never a bar of width 0; its
    // value is in the chart's table. Any other is at least 1 px wide.
    const bars = each.segments.filter((segment) => segment.to !== segment.from).map((segment) => {
      const [left, right] = [x(Math.min(segment.from, segment.to)), x(Math.max(segment.from, segment.to))];
      const width = Math.max(right - left, 1);
      return html`<rect class="bar" data-series="${segment.series}" x="${px(left)}" y="${px(top)}" width="${px(width)}" height="${CHART.lane}" fill="${color(segment.series)}"><title>${segment.title}</title></rect>`;
    });
    const marks = (each.marks ?? []).map(
      (mark) => html`<rect class="mark" data-series="${mark.series}" x="${px(x(mark.at) - 1.5)}" y="${px(top - 2)}" width="3" height="${CHART.lane + 4}" fill="${color(mark.series)}"><title>${mark.title}</title></rect>`,
    );
    const ends = [...each.segments.flatMap((s) => [x(s.from), x(s.to)]), ...(each.marks ?? []).map((m) => x(m.at) + 1.5)];
    const textX = ends.length > 0 ? Math.max(...ends) + 4 : plotLeft + 4;
    const baseline = top + CHART.lane - 2;
    const text = each.text ? html`<text class="lane-text" x="${px(textX)}" y="${px(baseline)}" font-size="${CHART.smallFont}" fill="${PALETTE.ink}">${each.text}</text>` : null;
    const note = each.note && each.segments.length === 0 ? html`<text class="note" x="${px(plotLeft + 4)}" y="${px(baseline)}" font-size="${CHART.smallFont}" font-style="italic" fill="${PALETTE.muted}">${each.note}</text>` : null;
    return html`${bars}${marks}${text}${note}`;
  };

  return html`${spec.rows.map((row, r) => {
    const top = layout.rowTops[r]!;
    const lanesHeight = row.lanes.length * (CHART.lane + CHART.laneGap) - CHART.laneGap;
    const label = fitText(row.label, CHART.font, labelWidth);
    const full = label === row.label ? null : html`<title>${row.label}</title>`;
    return html`<g class="row">${full}<text class="row-label" x="${px(plotLeft - 10)}" y="${px(top + lanesHeight / 2 + CHART.font / 2 - 2)}" font-size="${CHART.font}" fill="${PALETTE.ink}" text-anchor="end">${label}</text>${row.lanes.map((each, i) => lane(each, top + i * (CHART.lane + CHART.laneGap)))}</g>`;
  })}`;
}
