import type { TimeInput } from '../model/schema.js';
import { erlangB } from './erlangB.js';
import { checkedNumber, queueHours, trafficIntensityOf } from './queueInputs.js';
import { keepsUp, queueFigures, type ErlangCMetrics } from './queueFigures.js';
import { plural } from '../internal/plural.js';

/** What `erlangCMetrics` takes: the traffic, and the officers at the window. */
export interface ErlangCMetricsOptions {
  /** Arrivals per hour, > 0. */
  arrivalRate: number;
  /** The mean time to serve one arrival: hours, or a string with a unit (`"20 min"`, `"90 s"`). > 0. */
  handleTime: TimeInput;
  /** The wait the service level counts against: hours or a string with a unit; 0 counts only those who do not wait. */
  targetWait: TimeInput;
  /** Officers at the window: a whole number, more than the traffic intensity. */
  servers: number;
}

/**
 * The Erlang C figures (M/M/N queue: Poisson arrivals, exponential service, one line, nobody leaves)
 * for a given number of servers: traffic intensity A = arrivalRate x handleTime (erlangs),
 * waitProbability C(N, A), serviceLevel 1 - C e^(-(N - A) t / h), averageWait C h / (N - A) in minutes,
 * occupancy A / N. Exact for any size (Erlang B recursion; see `erlangC`). Does not mutate its input.
 *
 * @throws {RangeError} `servers must be a whole number >= 1, got 2.5`;
 *   `10 servers cannot keep up with a traffic intensity of 10 erlangs: the queue grows without end; servers must be more than the traffic intensity`;
 *   `arrivalRate must be a number in (0, Infinity), got 0`; `handleTime: ...`;
 *   `the traffic intensity (arrivalRate x handleTime) must be at most 10000000 erlangs, got 1e+12: sizing takes a step per server`
 * @example
 * // Call Centre Helper's example: 100 calls in 30 minutes, 3 minutes each, 14 agents, 20-second target.
 * erlangCMetrics({ arrivalRate: 200, handleTime: '3 min', targetWait: '20 s', servers: 14 })
 * // => { servers: 14, trafficIntensity: 10, serviceLevel: 0.8883500191794669, waitProbability: 0.17413193359504983,
 * //      averageWait: 0.1305989501962874, occupancy: 0.7142857142857143 }
 */
export function erlangCMetrics(options: ErlangCMetricsOptions): ErlangCMetrics {
  const arrivalRate = checkedNumber('arrivalRate', options.arrivalRate, '(0, Infinity)', (rate) => rate > 0);
  const handleHours = queueHours('handleTime', options.handleTime, { positive: true });
  const targetWaitHours = queueHours('targetWait', options.targetWait);
  const { servers } = options;
  if (!(Number.isInteger(servers) && servers >= 1)) throw new RangeError(`servers must be a whole number >= 1, got ${String(servers)}`);
  const trafficIntensity = trafficIntensityOf(arrivalRate, handleHours);
  if (!keepsUp(servers, trafficIntensity)) {
    throw new RangeError(
      `${plural(servers, 'server')} cannot keep up with a traffic intensity of ${+trafficIntensity.toFixed(6)} erlangs: the queue grows without end; servers must be more than the traffic intensity`,
    );
  }
  return queueFigures(servers, trafficIntensity, erlangB(servers, trafficIntensity), handleHours, targetWaitHours);
}
