/** Relative tolerance for float noise in `servers > trafficIntensity` (20 erlangs may come out 19.999999999999996). */
const NOISE = 1e-9;

/** The figures of an M/M/N queue (Erlang C) for a number of servers. */
export interface ErlangCMetrics {
  /** Officers at the window. */
  servers: number;
  /** A = arrivalRate x handleTime, in erlangs: the officers kept busy on average. */
  trafficIntensity: number;
  /** The share of arrivals served within the target wait: 1 - C e^(-(N - A) t / h). */
  serviceLevel: number;
  /** C(N, A): the share of arrivals who wait at all. */
  waitProbability: number;
  /** The mean wait in minutes, over all arrivals: C h / (N - A). */
  averageWait: number;
  /** A / N: the share of the servers' time spent serving. */
  occupancy: number;
}

/** True when `servers` can keep up with the traffic: N > A, float noise removed. */
export function keepsUp(servers: number, trafficIntensity: number): boolean {
  return servers - trafficIntensity > NOISE * Math.max(1, trafficIntensity);
}

/**
 * The queue's figures from Erlang B at N servers (Gans, Koole and Mandelbaum, "Telephone call centers:
 * tutorial, review, and research prospects", Manufacturing & Service Operations Management 5(2), 2003, §4.1):
 * C = N B / (N - A (1 - B)); serviceLevel = 1 - C e^(-(N - A) t / h); averageWait = C h / (N - A).
 * `handleHours` and `targetWaitHours` in hours; the caller has checked N > A.
 */
export function queueFigures(
  servers: number,
  trafficIntensity: number,
  blocking: number,
  handleHours: number,
  targetWaitHours: number,
): ErlangCMetrics {
  const spare = servers - trafficIntensity;
  const waitProbability = (servers * blocking) / (servers - trafficIntensity * (1 - blocking));
  return {
    servers,
    trafficIntensity,
    serviceLevel: 1 - waitProbability * Math.exp((-spare * targetWaitHours) / handleHours),
    waitProbability,
    averageWait: ((waitProbability * handleHours) / spare) * 60,
    occupancy: trafficIntensity / servers,
  };
}
