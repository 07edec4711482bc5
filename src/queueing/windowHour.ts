import type { ErlangC } from './erlangC.js';

/** The window in one open hour of the week. */
export interface WindowHour {
  /** 1 for the first open hour of the week, and so on. */
  hour: number;
  /** Arrivals expected in the hour. */
  arrivalRate: number;
  /** Officers at the window that hour: the fewest meeting the service level. */
  servers: number;
  /** Erlangs: arrivalRate x handle time in hours. */
  trafficIntensity: number;
  /** The share served within the target wait with these servers. */
  serviceLevel: number;
  /** The share who wait at all (Erlang C). */
  waitProbability: number;
  /** Minutes. */
  averageWait: number;
  /** null in an hour nobody is expected (no servers). */
  occupancy: number | null;
}

/** One hour's window: sized by `size` (erlangC) when anyone is expected, else closed with no servers. */
export function windowHour(hour: number, arrivalRate: number, size: (arrivalRate: number) => ErlangC): WindowHour {
  if (arrivalRate === 0) {
    return { hour, arrivalRate, servers: 0, trafficIntensity: 0, serviceLevel: 1, waitProbability: 0, averageWait: 0, occupancy: null };
  }
  const { servers, trafficIntensity, serviceLevel, waitProbability, averageWait, occupancy } = size(arrivalRate);
  return { hour, arrivalRate, servers, trafficIntensity, serviceLevel, waitProbability, averageWait, occupancy };
}
