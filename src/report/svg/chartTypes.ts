import type { Scale } from './scale.js';

/** A named colour in the legend. */
export interface ChartSeries {
  name: string;
  color: string;
  /** `bar` (a filled swatch, the default) or `mark` (a tick, for point values such as a median). */
  kind?: 'bar' | 'mark';
}

/** A bar from one value to another (a bar from the axis starts at the scale's first value). */
export interface Segment {
  /** Index into the chart's series. */
  series: number;
  from: number;
  to: number;
  /** Shown on hover and read by screen readers that expose SVG titles. */
  title: string;
}

/** A point value drawn as a tick across the lane. */
export interface Mark {
  series: number;
  at: number;
  title: string;
}

/** One thin band of a row: its bars and marks, and text after them. */
export interface Lane {
  segments: Segment[];
  marks?: Mark[];
  /** Printed right of the lane's last bar or mark, such as the value. */
  text?: string;
  /** Printed at the axis start when the lane has no bar, such as `no officer on board`. */
  note?: string;
}

/** A labelled row of the chart: an office and docket, an input, a year. */
export interface ChartRow {
  label: string;
  lanes: Lane[];
}

/** Everything a horizontal row chart draws. */
export interface RowChartSpec {
  /** Unique in the page: the SVG's title and description ids derive from it. */
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in words. */
  description: string;
  axisLabel: string;
  scale: Scale;
  series: ChartSeries[];
  rows: ChartRow[];
  /** A dashed vertical line, such as the total at every input's mean in a tornado chart. */
  reference?: { at: number; label: string };
}
