import { html, type Html } from '../html.js';
import { CHART, type ChartLayout } from './chartLayout.js';
import type { RowChartSpec } from './chartTypes.js';
import { formatTick } from './formatTick.js';
import { PALETTE } from './palette.js';
import { px } from './px.js';
import { textWidth } from './textWidth.js';

/** The gap, in pixels, kept between two tick labels. */
const LABEL_GAP = 6;

/**
 * The ticks whose centred labels do not touch: the ends always, a tick between them only when its
 * label clears the last one kept and the axis's end label by LABEL_GAP.
 */
function spacedTicks(ticks: readonly number[], x: (value: number) => number): number[] {
  const half = (value: number) => textWidth(formatTick(value), CHART.smallFont) / 2;
  const last = ticks[ticks.length - 1]!;
  const kept = [ticks[0]!];
  for (const value of ticks.slice(1, -1)) {
    const previous = kept[kept.length - 1]!;
    const clears = (other: number) => Math.abs(x(value) - x(other)) >= half(value) + half(other) + LABEL_GAP;
    if (clears(previous) && clears(last)) kept.push(value);
  }
  if (ticks.length > 1) kept.push(last);
  return kept;
}

/** The value axis: grid lines and labelled ticks (above a tall plot as well as below), the axis label, and the reference line if any. */
export function axis(spec: RowChartSpec, layout: ChartLayout): Html {
  const { plotLeft, plotRight, plotTop, plotBottom } = layout;
  const x = (value: number) => px(plotLeft + spec.scale.at(value) * (plotRight - plotLeft));
  const tickY = plotBottom + CHART.smallFont + 4;
  // Above a tall plot the labels again, clear of the reference line's label.
  const topY = plotTop - (spec.reference ? CHART.smallFont + 8 : 4) - 4;
  const label = (value: number, y: number, className: string) =>
    html`<text class="${className}" x="${x(value)}" y="${px(y)}" font-size="${CHART.smallFont}" fill="${PALETTE.muted}" text-anchor="middle">${formatTick(value)}</text>`;
  const ticks = spacedTicks(spec.scale.ticks, x).map(
    (value) =>
      html`<line x1="${x(value)}" x2="${x(value)}" y1="${px(plotTop)}" y2="${px(plotBottom)}" stroke="${PALETTE.grid}"/>${label(value, tickY, 'tick')}${layout.topAxis ? label(value, topY, 'tick-top') : null}`,
  );
  const reference = spec.reference
    ? html`<line class="reference" x1="${x(spec.reference.at)}" x2="${x(spec.reference.at)}" y1="${px(plotTop - 4)}" y2="${px(plotBottom)}" stroke="${PALETTE.ink}" stroke-dasharray="4 3"/><text x="${x(spec.reference.at)}" y="${px(plotTop - 7)}" font-size="${CHART.smallFont}" fill="${PALETTE.ink}" text-anchor="middle">${spec.reference.label}</text>`
    : null;
  return html`<g class="axis">${ticks}<line x1="${px(plotLeft)}" x2="${px(plotRight)}" y1="${px(plotBottom)}" y2="${px(plotBottom)}" stroke="${PALETTE.muted}"/><text class="axis-label" x="${px((plotLeft + plotRight) / 2)}" y="${px(tickY + CHART.font + 6)}" font-size="${CHART.font}" fill="${PALETTE.ink}" text-anchor="middle">${spec.axisLabel}</text></g>${reference}`;
}
