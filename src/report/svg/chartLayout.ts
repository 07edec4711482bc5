import type { RowChartSpec } from './chartTypes.js';
import { formatTick } from './formatTick.js';
import { textWidth } from './textWidth.js';
import { wrapText } from './wrapText.js';

/** Sizes in SVG user units (pixels at 100%). */
export const CHART = {
  width: 720,
  pad: 8,
  font: 12,
  smallFont: 11,
  titleFont: 15,
  lane: 12,
  laneGap: 3,
  rowGap: 9,
  maxLabel: 240,
  maxText: 200,
} as const;

/** Where a chart's parts go. */
export interface ChartLayout {
  titleLines: string[];
  /** The row labels' column width; labels wider than it are cut with an ellipsis. */
  labelWidth: number;
  plotLeft: number;
  plotRight: number;
  /** The y of the top of each row, and of the plot's top and bottom. */
  rowTops: number[];
  plotTop: number;
  plotBottom: number;
  height: number;
  /** The tick labels are repeated above the plot: its rows are taller than a screen (TALL_PLOT). */
  topAxis: boolean;
}

/** A plot taller than this (pixels; a laptop screen shows about 800) repeats its tick labels at its top. */
export const TALL_PLOT = 800;

const rowHeight = (lanes: number) => Math.max(1, lanes) * (CHART.lane + CHART.laneGap) - CHART.laneGap + CHART.rowGap;

/** Lays a chart out: the label column fits the longest label, the right margin the longest lane text. */
export function chartLayout(spec: RowChartSpec, legendHeight: number): ChartLayout {
  const { width, pad, font, smallFont, titleFont, maxLabel, maxText } = CHART;
  const titleLines = wrapText(spec.title, titleFont, width - 2 * pad);
  const longestLabel = Math.max(0, ...spec.rows.map((row) => textWidth(row.label, font)));
  const labelWidth = Math.min(maxLabel, Math.ceil(longestLabel));
  const laneTexts = spec.rows.flatMap((row) => row.lanes.map((lane) => textWidth(lane.text ?? '', smallFont)));
  const lastTick = textWidth(formatTick(spec.scale.ticks[spec.scale.ticks.length - 1] ?? 0), smallFont) / 2;
  const rightMargin = Math.ceil(Math.min(maxText, Math.max(lastTick, ...laneTexts.map((w) => w + 6))));
  const topAxis = spec.rows.reduce((sum, row) => sum + rowHeight(row.lanes.length), 0) > TALL_PLOT;
  let y = pad + titleLines.length * (titleFont + 5) + legendHeight + (topAxis ? smallFont + 6 : 0) + (spec.reference ? smallFont + 8 : 4);
  const plotTop = y;
  const rowTops = spec.rows.map((row) => {
    const top = y;
    y += rowHeight(row.lanes.length);
    return top;
  });
  return {
    titleLines,
    labelWidth,
    plotLeft: pad + labelWidth + 10,
    plotRight: width - pad - rightMargin,
    rowTops,
    plotTop,
    plotBottom: y,
    height: y + smallFont + 6 + font + 8 + pad,
    topAxis,
  };
}
