/**
 * Scales of the charts' value axis: linear from a nice lower bound to a nice upper bound, or
 * logarithmic between nice 1, 2 or 5 x 10^k ends (OIG-17-51's Figure 1 spans 65 to 10,156 cases: only a log axis
 * shows both dockets' bars).
 */

/** A value axis: where a value lands in [0, 1] of the plot's width, and the values to mark. */
export interface Scale {
  kind: 'linear' | 'log';
  /** The axis's first and last value. */
  domain: [number, number];
  ticks: number[];
  /** The position of a value in [0, 1]; values outside the domain are clamped to it. */
  at(value: number): number;
}
