/**
 * Scales of the charts' value axis: linear from a nice lower bound to a nice upper bound, or
 * logarithmic over whole decades (OIG-17-51's Figure 1 spans 65 to 10,156 cases: only a log axis
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

/** The step between ticks: 1, 2 or 5 times a power of ten, giving at most about `count` steps. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw)!;
  return step;
}

/** Ticks from a multiple of the step at or below `min` to one at or above `max` (min < max). */
export function linearScale(min: number, max: number, count = 5): Scale {
  if (!(max > min)) max = min + 1;
  const step = niceStep(max - min, count);
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Ticks are computed from their index, not by repeated addition, so 0.1 + 0.2 noise never shows.
  for (let i = 0; first + i * step <= last + step / 2; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  const at = (value: number) => Math.min(1, Math.max(0, (value - first) / (last - first)));
  return { kind: 'linear', domain: [first, last], ticks, at };
}

const NICE = [1, 2, 5];

/** The largest 1, 2 or 5 x 10^k at or below `value` (`down`), or the smallest at or above it. */
function niceLog(value: number, down: boolean): number {
  const power = Math.floor(Math.log10(value));
  const candidates = [-1, 0, 1].flatMap((shift) => NICE.map((m) => Number((m * 10 ** (power + shift)).toPrecision(12))));
  return down ? Math.max(...candidates.filter((c) => c <= value)) : Math.min(...candidates.filter((c) => c >= value));
}

/**
 * A log axis from the largest 1, 2 or 5 x 10^k at or below `min` to the smallest at or above `max`
 * (0 < min <= max), spanning at least a factor of 4; ticks at
 * the ends and at every power of ten between.
 */
export function logScale(min: number, max: number): Scale {
  const low = niceLog(min, true);
  let high = niceLog(max, false);
  if (high < low * 4) high = niceLog(low * 4, false);
  const ticks = [low];
  for (let power = Math.ceil(Math.log10(low)); 10 ** power < high; power++) {
    const decade = Number((10 ** power).toPrecision(12));
    if (decade > low) ticks.push(decade);
  }
  ticks.push(high);
  const [a, b] = [Math.log10(low), Math.log10(high)];
  const at = (value: number) => (value <= 0 ? 0 : Math.min(1, Math.max(0, (Math.log10(value) - a) / (b - a))));
  return { kind: 'log', domain: [low, high], ticks, at };
}
