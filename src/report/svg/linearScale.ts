import type { Scale } from './scale.js';

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
