import type { Scale } from './scale.js';

const NICE = [1, 2, 5];
/** The most powers of ten marked between a log axis's ends. */
const MAX_DECADE_TICKS = 6;

/** The largest 1, 2 or 5 x 10^k strictly below `value` (`down`), or the smallest at or above it. */
function niceLog(value: number, down: boolean): number {
  const power = Math.floor(Math.log10(value));
  const candidates = [-1, 0, 1].flatMap((shift) => NICE.map((m) => Number((m * 10 ** (power + shift)).toPrecision(12))));
  return down ? Math.max(...candidates.filter((c) => c < value)) : Math.min(...candidates.filter((c) => c >= value));
}

/**
 * A log axis from the largest 1, 2 or 5 x 10^k strictly below `min` (so a bar from the axis to the
 * smallest value never has zero length: 500 gets an axis from 200) to the smallest at or above `max`
 * (0 < min <= max), spanning at least a factor of 4; ticks at the ends and at every power of ten
 * between, or over more than 6 decades at every 2nd, 3rd, ... power (the multiples of the step), so
 * at most 8 ticks. The axis drops a tick whose label would touch its neighbour's.
 */
export function logScale(min: number, max: number): Scale {
  const low = niceLog(min, true);
  let high = niceLog(max, false);
  if (high < low * 4) high = niceLog(low * 4, false);
  // The powers of ten strictly inside the axis, every `step`-th when there are many (at most 6, so
  // with the ends at most 8 ticks); no value twice.
  const powers: number[] = [];
  for (let power = Math.ceil(Math.log10(low)); power <= Math.floor(Math.log10(high)); power++) {
    const decade = Number((10 ** power).toPrecision(12));
    if (decade > low && decade < high) powers.push(power);
  }
  const step = Math.ceil(powers.length / MAX_DECADE_TICKS);
  const decades = powers.filter((power) => power % step === 0).map((power) => Number((10 ** power).toPrecision(12)));
  const ticks = [low, ...decades, high];
  const [a, b] = [Math.log10(low), Math.log10(high)];
  const at = (value: number) => (value <= 0 ? 0 : Math.min(1, Math.max(0, (Math.log10(value) - a) / (b - a))));
  return { kind: 'log', domain: [low, high], ticks, at };
}
