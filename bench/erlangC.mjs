// erlangC at 10,000 servers (issue 12's target: under 1 ms), against a baseline in the same run: the
// same figure summed directly in log space (C(N, A) from its Poisson terms), for one N.
import { erlangC, erlangCMetrics } from '../dist/index.js';

function logSpaceErlangC(servers, traffic) {
  let logFactorial = 0;
  let top = -Infinity;
  const logTerms = new Float64Array(servers + 1);
  for (let k = 0; k <= servers; k++) {
    if (k > 0) logFactorial += Math.log(k);
    logTerms[k] = k * Math.log(traffic) - logFactorial;
  }
  const logLast = logTerms[servers] + Math.log(servers / (servers - traffic));
  for (let k = 0; k < servers; k++) top = Math.max(top, logTerms[k]);
  top = Math.max(top, logLast);
  let below = 0;
  for (let k = 0; k < servers; k++) below += Math.exp(logTerms[k] - top);
  return Math.exp(logLast - top) / (below + Math.exp(logLast - top));
}

function time(fn, minMs = 300) {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

export function erlangCBench(report) {
  // 200,000 arrivals an hour, 3 minutes each: 10,000 erlangs; 80% within 20 s takes 10,013 servers.
  const options = { arrivalRate: 200_000, handleTime: 0.05, targetWait: 20 / 3600, serviceLevel: 0.8 };
  const sized = erlangC(options);
  const check = logSpaceErlangC(sized.servers, sized.trafficIntensity);
  if (Math.abs(check - sized.waitProbability) > 1e-9 * check) throw new Error('baseline disagrees with erlangC');
  const base = time(() => logSpaceErlangC(sized.servers, sized.trafficIntensity));
  const search = time(() => erlangC(options));
  const metrics = time(() => erlangCMetrics({ ...options, servers: sized.servers }));
  const withUnits = time(() => erlangC({ ...options, handleTime: '3 min', targetWait: '20 s' }));
  const us = (ms) => `${(ms * 1000).toFixed(1)} us`;
  report.section(`erlangC: 10,000 erlangs (${sized.servers} servers)`);
  report.note('Baseline: the same wait probability summed in log space for one N (checked equal to 1e-9).');
  report.table(['what', 'time per call'], [
    ['baseline (log-space sum, one N)', us(base)],
    [`erlangCMetrics (${sized.servers} servers)`, us(metrics)],
    ['erlangC (the whole search)', us(search)],
    ['erlangC, times as "3 min", "20 s"', us(withUnits)],
  ]);
  report.target('erlangC at 10,000 servers under 1 ms', search < 1, us(search));
}
