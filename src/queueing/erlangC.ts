import type { TimeInput } from '../model/schema.js';
import { roundUp } from '../workload/roundUp.js';
import { erlangB, nextErlangB } from './erlangB.js';
import { checkedNumber, queueHours, trafficIntensityOf } from './queueInputs.js';
import { keepsUp, queueFigures, type ErlangCMetrics } from './queueFigures.js';

/** What `erlangC` takes: the traffic, and the service it must give. */
export interface ErlangCOptions {
  /** Arrivals per hour, > 0. */
  arrivalRate: number;
  /** The mean time to serve one arrival: hours, or a string with a unit (`"20 min"`, `"90 s"`). > 0. */
  handleTime: TimeInput;
  /** The wait the service level counts against (`"15 min"`); 0 counts only those who do not wait. */
  targetWait: TimeInput;
  /** The share of arrivals to serve within `targetWait`, in [0, 1). */
  serviceLevel: number;
  /** The highest share of the servers' time spent serving, in (0, 1]. Default 1 (no cap). */
  maxOccupancy?: number;
  /** The share of paid time officers are away from the window (leave, breaks, training), in [0, 1). Default 0. */
  shrinkage?: number;
}

/** The fewest servers that meet the service level and the occupancy cap, their figures, and the staff behind them. */
export interface ErlangC extends ErlangCMetrics {
  /** servers / (1 - shrinkage), rounded up after removing float noise (21 / 0.7 is 30, not 31). */
  staff: number;
}

/**
 * Sizes a window as an Erlang C queue (M/M/N: Poisson arrivals, exponential service, one line, nobody
 * leaves; A. K. Erlang 1917; formulas as in Gans, Koole and Mandelbaum, M&SOM 5(2), 2003): the fewest
 * servers N with serviceLevel(N) >= `serviceLevel` and A / N <= `maxOccupancy`, searched upward from the
 * smallest N that meets the cap and keeps up (N > A). Erlang B is carried from one N to the next by its
 * recursion, so the search costs O(N) in all and never overflows: exact at 10,000 servers.
 * Does not mutate its input.
 *
 * @throws {RangeError} `serviceLevel must be a number in [0, 1), got 1`; `maxOccupancy must be a number in (0, 1], got 0`;
 *   `shrinkage must be a number in [0, 1), got 1`; and those of `erlangCMetrics`
 * @example
 * // Call Centre Helper's example: 100 calls in 30 minutes, 3 minutes each, 80% within 20 s, 30% shrinkage.
 * erlangC({ arrivalRate: 200, handleTime: '3 min', targetWait: '20 s', serviceLevel: 0.8, shrinkage: 0.3 })
 * // => { servers: 14, trafficIntensity: 10, serviceLevel: 0.8883500191794669,
 * //      waitProbability: 0.17413193359504983, averageWait: 0.1305989501962874, occupancy: 0.7142857142857143, staff: 20 }
 */
export function erlangC(options: ErlangCOptions): ErlangC {
  const arrivalRate = checkedNumber('arrivalRate', options.arrivalRate, '(0, Infinity)', (rate) => rate > 0);
  const handleHours = queueHours('handleTime', options.handleTime, { positive: true });
  const targetWaitHours = queueHours('targetWait', options.targetWait);
  const target = checkedNumber('serviceLevel', options.serviceLevel, '[0, 1)', (level) => level >= 0 && level < 1);
  const maxOccupancy = checkedNumber('maxOccupancy', options.maxOccupancy ?? 1, '(0, 1]', (cap) => cap > 0 && cap <= 1);
  const shrinkage = checkedNumber('shrinkage', options.shrinkage ?? 0, '[0, 1)', (share) => share >= 0 && share < 1);

  const trafficIntensity = trafficIntensityOf(arrivalRate, handleHours);
  let servers = Math.max(roundUp(trafficIntensity / maxOccupancy), Math.ceil(trafficIntensity));
  if (!keepsUp(servers, trafficIntensity)) servers++;
  let blocking = erlangB(servers, trafficIntensity);
  let figures = queueFigures(servers, trafficIntensity, blocking, handleHours, targetWaitHours);
  // The service level rises with N towards 1 > target, so this ends.
  while (figures.serviceLevel < target) {
    servers++;
    blocking = nextErlangB(blocking, servers, trafficIntensity);
    figures = queueFigures(servers, trafficIntensity, blocking, handleHours, targetWaitHours);
  }
  return { ...figures, staff: roundUp(servers / (1 - shrinkage)) };
}
