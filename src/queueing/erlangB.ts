/**
 * Erlang B: the probability that an arrival finds all `servers` busy when `trafficIntensity` erlangs
 * are offered and nobody waits. Computed by the recursion
 *
 *   B(0, A) = 1,   B(n, A) = A B(n - 1, A) / (n + A B(n - 1, A))
 *
 * (Jagerman, "Some properties of the Erlang loss function", Bell System Technical Journal 53, 1974),
 * which never forms A^n or n!: every step stays in [0, 1], so thousands of servers neither overflow nor
 * lose precision. O(servers), and no more than the steps until B underflows to 0, where it stays. Not part of the public API; `erlangC` and `erlangCMetrics` build on it.
 *
 * @example
 * // (1/2) / (1 + 1 + 1/2):
 * erlangB(2, 1) // => 0.2
 */
export function erlangB(servers: number, trafficIntensity: number): number {
  let blocking = 1;
  // Once B underflows to 0 it stays 0 (A x 0 / n): a step per server up to about A + 38 sqrt(A), however many servers.
  for (let n = 1; n <= servers && blocking > 0; n++) blocking = nextErlangB(blocking, n, trafficIntensity);
  return blocking;
}

/** One step of the recursion: B(n, A) from B(n - 1, A). */
export function nextErlangB(previous: number, servers: number, trafficIntensity: number): number {
  const offered = trafficIntensity * previous;
  return offered / (servers + offered);
}
