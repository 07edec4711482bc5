/**
 * Erlang C against closed forms, a published example, an independent log-space implementation and
 * the Halfin-Whitt limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangC, erlangCMetrics } from '../../src/index.js';

/** C(N, A) with handle time 1 h, so that arrivalRate is A. */
const waitProbability = (servers: number, trafficIntensity: number) =>
  erlangCMetrics({ arrivalRate: trafficIntensity, handleTime: 1, targetWait: 0, servers }).waitProbability;

/**
 * An independent method: C(N, A) from its definition as a ratio of Poisson terms,
 * C = T_N N/(N - A) / (sum_{k<N} T_k + T_N N/(N - A)) with T_k = A^k / k!, summed in log space
 * (each term relative to the largest) so that nothing overflows at 10,000 servers.
 */
function logSpaceErlangC(servers: number, trafficIntensity: number): number {
  const logTerms: number[] = [];
  let logFactorial = 0;
  for (let k = 0; k <= servers; k++) {
    if (k > 0) logFactorial += Math.log(k);
    logTerms.push(k * Math.log(trafficIntensity) - logFactorial);
  }
  const logLast = logTerms[servers]! + Math.log(servers / (servers - trafficIntensity));
  const top = Math.max(logLast, ...logTerms.slice(0, servers));
  const below = logTerms.slice(0, servers).reduce((total, term) => total + Math.exp(term - top), 0);
  return Math.exp(logLast - top) / (below + Math.exp(logLast - top));
}

describe('erlangCMetrics: closed forms', () => {
  it.each([0.1, 0.5, 0.9, 0.99])('C(1, rho) = rho (the M/M/1 queue), rho = %s', (rho) => {
    expect(waitProbability(1, rho)).toBeCloseTo(rho, 14);
  });

  it('C(2, 1) = 1/3, and C(2, A) = A^2 / (2 + A)', () => {
    // B(2, 1) = (1/2) / (1 + 1 + 1/2) = 1/5; C = 2 B / (2 - A (1 - B)) = (2/5) / (6/5) = 1/3.
    expect(waitProbability(2, 1)).toBeCloseTo(1 / 3, 15);
    for (const a of [0.3, 1.5, 1.9]) expect(waitProbability(2, a)).toBeCloseTo((a * a) / (2 + a), 14);
  });

  it('gives the M/M/1 wait and service level: Wq = rho h / (1 - rho), SL = 1 - rho e^(-(1 - rho) t / h)', () => {
    // 3 arrivals an hour, 12 minutes each: rho = 0.6; Wq = 0.6 x 12 / 0.4 = 18 minutes.
    const m = erlangCMetrics({ arrivalRate: 3, handleTime: '12 min', targetWait: '10 min', servers: 1 });
    expect(m.trafficIntensity).toBeCloseTo(0.6, 15);
    expect(m.averageWait).toBeCloseTo(18, 12);
    expect(m.serviceLevel).toBeCloseTo(1 - 0.6 * Math.exp((-0.4 * 10) / 12), 14);
    expect(m.occupancy).toBeCloseTo(0.6, 15);
  });
});

describe('erlangC: a published example', () => {
  // Call Centre Helper, "Erlang C formula - example" (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm):
  // 100 calls in 30 minutes, 180 s each, 80% within 20 s, 30% shrinkage: 14 agents, 20 with shrinkage. The same
  // figures, to 3 decimals, are asserted by pyworkforce's tests (rodrigo-arenas/pyworkforce,
  // pyworkforce/queuing/tests/test_erlang.py: service level 0.888, occupancy 0.714, waiting probability 0.174;
  // with max occupancy 0.7: 15 and 22 positions, 0.941, 0.667, 0.102).
  const example = { arrivalRate: 200, handleTime: '180 s', targetWait: '20 s', serviceLevel: 0.8, shrinkage: 0.3 };

  it('needs 14 officers, 20 with 30% shrinkage', () => {
    const result = erlangC(example);
    expect(result.trafficIntensity).toBe(10);
    expect(result.servers).toBe(14);
    expect(result.staff).toBe(20);
    expect(+result.serviceLevel.toFixed(3)).toBe(0.888);
    expect(+result.occupancy.toFixed(3)).toBe(0.714);
    expect(+result.waitProbability.toFixed(3)).toBe(0.174);
    expect(result.averageWait * 60).toBeCloseTo(7.84, 2); // seconds: C h / (N - A) = 0.17413 x 180 / 4
  });

  it('needs 15 (22 with shrinkage) under an occupancy cap of 70%', () => {
    const result = erlangC({ ...example, maxOccupancy: 0.7 });
    // 10 / 0.7 = 14.3 officers at the most: the cap binds before the service level.
    expect([result.servers, result.staff]).toEqual([15, 22]);
    expect([+result.serviceLevel.toFixed(3), +result.occupancy.toFixed(3), +result.waitProbability.toFixed(3)]).toEqual([0.941, 0.667, 0.102]);
  });
});

/** True when `metrics` (one server fewer) misses the service level, or throws because the servers cannot keep up. */
function missesOrCannotKeepUp(metrics: () => { serviceLevel: number }, serviceLevel: number): boolean {
  try {
    return metrics().serviceLevel < serviceLevel;
  } catch (error) {
    return (error as Error).message.includes('cannot keep up');
  }
}

describe('erlangC: the search', () => {
  it('finds the fewest servers: one fewer misses the service level or cannot keep up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 600 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (arrivalRate, handleMinutes, waitSeconds, serviceLevel) => {
          const options = { arrivalRate, handleTime: `${handleMinutes} min`, targetWait: `${waitSeconds} s` };
          const result = erlangC({ ...options, serviceLevel });
          expect(result.serviceLevel).toBeGreaterThanOrEqual(serviceLevel);
          expect(result).toMatchObject(erlangCMetrics({ ...options, servers: result.servers }));
          if (result.servers > 1) expect(missesOrCannotKeepUp(() => erlangCMetrics({ ...options, servers: result.servers - 1 }), serviceLevel)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps occupancy at or under the cap, with the fewest servers that do', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 300, noNaN: true }), fc.double({ min: 0.3, max: 1, noNaN: true }), (arrivalRate, maxOccupancy) => {
        const result = erlangC({ arrivalRate, handleTime: 0.25, targetWait: 0, serviceLevel: 0, maxOccupancy });
        expect(result.occupancy).toBeLessThanOrEqual(maxOccupancy * (1 + 1e-12));
        // Service level 0 asks nothing: one server fewer breaks the cap or cannot keep up (float noise counted as equal).
        const [fewer, traffic] = [result.servers - 1, result.trafficIntensity];
        expect(fewer === 0 || traffic / fewer > maxOccupancy * (1 - 1e-9) || fewer <= traffic * (1 + 1e-9)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rounds staff up after removing float noise: 21 / (1 - 0.3) is 30, not 31', () => {
    expect(21 / (1 - 0.3)).toBe(30.000000000000004);
    // 20.5 erlangs and no service level asked: the fewest servers that keep up is 21.
    const result = erlangC({ arrivalRate: 20.5, handleTime: 1, targetWait: 0, serviceLevel: 0, shrinkage: 0.3 });
    expect([result.servers, result.staff]).toEqual([21, 30]);
    expect(erlangC({ arrivalRate: 20.5, handleTime: 1, targetWait: 0, serviceLevel: 0, shrinkage: 0.31 }).staff).toBe(31); // 30.43
  });

  it('does not count a server that float noise would put level with the traffic', () => {
    // 0.1 + 0.2 erlangs x 10: A is 3.0000000000000004, and 3 servers cannot keep up with 3 erlangs.
    const result = erlangC({ arrivalRate: 0.1 + 0.2, handleTime: 10, targetWait: 0, serviceLevel: 0 });
    expect(result.servers).toBe(4);
  });
});

describe('erlangC: large systems', () => {
  it('agrees with the log-space sum at 10,000 servers and more', () => {
    for (const [servers, traffic] of [[10_000, 9_900], [10_100, 10_000], [12_000, 11_950.5]] as const) {
      const ours = waitProbability(servers, traffic);
      expect(Math.abs(ours - logSpaceErlangC(servers, traffic)) / ours).toBeLessThan(1e-9);
    }
  });

  it('agrees with small systems computed in log space too', () => {
    for (const [servers, traffic] of [[3, 2.5], [14, 10], [60, 55.55]] as const) {
      expect(waitProbability(servers, traffic)).toBeCloseTo(logSpaceErlangC(servers, traffic), 13);
    }
  });

  it('approaches the Halfin-Whitt limit at N = A + sqrt(A)', () => {
    // Halfin and Whitt, "Heavy-traffic limits for queues with many exponential servers", Operations Research
    // 29(3), 1981: with N = A + beta sqrt(A), C -> 1 / (1 + beta Phi(beta) / phi(beta)); beta = 1: 0.22336.
    // Phi(1) = 0.841344746, phi(1) = 0.241970725. The gap shrinks like 1 / sqrt(A).
    const limit = 1 / (1 + 0.841344746 / 0.241970725);
    expect(limit).toBeCloseTo(0.22336, 5);
    expect(Math.abs(waitProbability(10_100, 10_000) - limit)).toBeLessThan(0.002);
    expect(Math.abs(waitProbability(1_001_000, 1_000_000) - limit)).toBeLessThan(0.0002);
  });

  it('sizes a window of 10,000 erlangs with finite figures', () => {
    const result = erlangC({ arrivalRate: 200_000, handleTime: '3 min', targetWait: '20 s', serviceLevel: 0.8 });
    expect(result.trafficIntensity).toBe(10_000);
    // Square-root staffing: a little over A + sqrt(A) / 2; every figure finite.
    expect(result.servers).toBeGreaterThan(10_000);
    expect(result.servers).toBeLessThan(10_100);
    expect(Object.values(result).every(Number.isFinite)).toBe(true);
    expect(erlangCMetrics({ arrivalRate: 200_000, handleTime: '3 min', targetWait: '20 s', servers: result.servers - 1 }).serviceLevel).toBeLessThan(0.8);
  });
});

describe('erlangC and erlangCMetrics: errors', () => {
  const base = { arrivalRate: 200, handleTime: '3 min', targetWait: '20 s' };

  it('refuses fewer servers than the traffic intensity, and says so', () => {
    expect(() => erlangCMetrics({ ...base, servers: 9 })).toThrow(
      '9 servers cannot keep up with a traffic intensity of 10 erlangs: the queue grows without end; servers must be more than the traffic intensity',
    );
    expect(() => erlangCMetrics({ ...base, servers: 10 })).toThrow('10 servers cannot keep up');
  });

  it.each<[string, object, string]>([
    ['a zero arrival rate', { arrivalRate: 0 }, 'arrivalRate must be a number in (0, Infinity), got 0'],
    ['a NaN arrival rate', { arrivalRate: NaN }, 'arrivalRate must be a number in (0, Infinity), got NaN'],
    ['a zero handle time', { handleTime: '0 min' }, 'handleTime: must be longer than zero, got "0 min"'],
    ['a negative wait', { targetWait: -1 }, 'targetWait: must be a finite number of hours >= 0, got -1'],
    ['a calendar unit', { targetWait: '1 day' }, 'targetWait: "1 day" is a calendar unit'],
    ['a work unit', { handleTime: '1 workday' }, 'handleTime: "1 workday" is a work unit; give the time in s, min or h'],
    ['a service level of 1', { serviceLevel: 1 }, 'serviceLevel must be a number in [0, 1), got 1'],
    ['a zero occupancy cap', { maxOccupancy: 0 }, 'maxOccupancy must be a number in (0, 1], got 0'],
    ['shrinkage of 1', { shrinkage: 1 }, 'shrinkage must be a number in [0, 1), got 1'],
  ])('erlangC refuses %s', (_, change, message) => {
    expect(() => erlangC({ ...base, serviceLevel: 0.8, ...change })).toThrow(message);
  });

  it('erlangCMetrics refuses a fractional number of servers', () => {
    expect(() => erlangCMetrics({ ...base, servers: 14.5 })).toThrow('servers must be a whole number >= 1, got 14.5');
  });

  it('refuses more than 10^7 erlangs instead of running for hours, in both functions', () => {
    // 10^12 arrivals an hour of an hour each: 10^12 erlangs, a step per server. (It ran without end.)
    const message = 'the traffic intensity (arrivalRate x handleTime) must be at most 10000000 erlangs, got 1000000000000: sizing takes a step per server';
    expect(() => erlangC({ arrivalRate: 1e12, handleTime: 1, targetWait: 0, serviceLevel: 0.8 })).toThrow(message);
    expect(() => erlangCMetrics({ arrivalRate: 1e12, handleTime: 1, targetWait: 0, servers: 2e12 })).toThrow(message);
  });

  it('gives far more servers than the traffic needs without a step per server: nobody waits', () => {
    // 10 erlangs at 10^15 servers: Erlang B falls below the smallest double long before, and stays 0 (A x 0 / n),
    // so C = 0, everyone is served at once, and the occupancy is 10 / 10^15.
    const figures = erlangCMetrics({ arrivalRate: 200, handleTime: '3 min', targetWait: '20 s', servers: 1e15 });
    expect(figures).toEqual({ servers: 1e15, trafficIntensity: 10, serviceLevel: 1, waitProbability: 0, averageWait: 0, occupancy: 1e-14 });
  });

  it('does not mutate its input', () => {
    const options = { ...base, serviceLevel: 0.8, shrinkage: 0.3 };
    const copy = structuredClone(options);
    erlangC(options);
    erlangCMetrics({ ...base, servers: 14 });
    expect(options).toEqual(copy);
  });
});
