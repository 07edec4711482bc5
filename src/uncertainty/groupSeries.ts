/**
 * The required officers of each office and of the total in every draw, from the rows' (`rows`: row r
 * of n draws at [r x n, (r + 1) x n), rows office by office, `dockets` to an office): an office's are
 * its rows' added in docket order, the total's the offices' added in office order. `visit(g, series)`
 * is called for each office g in order, then for the total (g = offices), with a series it may
 * reorder; the office series is reused for the next office. Two series of n are allocated in all.
 */
export function groupSeries(rows: Float64Array, n: number, offices: number, dockets: number, visit: (group: number, series: Float64Array) => void): void {
  const office = new Float64Array(n);
  const total = new Float64Array(n);
  for (let o = 0; o < offices; o++) {
    office.fill(0);
    for (let r = o * dockets; r < (o + 1) * dockets; r++) {
      for (let i = 0, from = r * n; i < n; i++) office[i]! += rows[from + i]!;
    }
    for (let i = 0; i < n; i++) total[i]! += office[i]!;
    visit(o, office);
  }
  visit(offices, total);
}
