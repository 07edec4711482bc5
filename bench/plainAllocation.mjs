// Plain JavaScript baselines for the allocation functions: the textbook algorithm on floats with a
// binary heap, over the model input (through plainAssess), returning what the library returns for
// the inputs generate.mjs writes (every office x docket has officers; no caps or filters).
import { plainAssess } from './plainAssess.mjs';

/** A max-heap of indexes by `priority[i]`; ties to the lower index. */
class IndexHeap {
  items = [];
  constructor(priority) {
    this.priority = priority;
  }
  above(a, b) {
    const pa = this.priority[a];
    const pb = this.priority[b];
    return pa > pb || (pa === pb && a < b);
  }
  push(i) {
    const items = this.items;
    let at = items.push(i) - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.above(items[at], items[parent])) break;
      [items[at], items[parent]] = [items[parent], items[at]];
      at = parent;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let best = at;
        if (left < items.length && this.above(items[left], items[best])) best = left;
        if (right < items.length && this.above(items[right], items[best])) best = right;
        if (best === at) break;
        [items[at], items[best]] = [items[best], items[at]];
        at = best;
      }
    }
    return top;
  }
}

/** Huntington-Hill on floats: a seat for every positive weight, then the highest w / sqrt(n (n + 1)). */
export function plainHuntingtonHill(weights, seats) {
  const counts = weights.map((w) => (w > 0 ? 1 : 0));
  const priority = new Float64Array(weights.length);
  const heap = new IndexHeap(priority);
  weights.forEach((w, i) => {
    if (w > 0) {
      priority[i] = w / Math.SQRT2;
      heap.push(i);
    }
  });
  for (let left = seats - counts.reduce((a, b) => a + b, 0); left > 0; left--) {
    const i = heap.pop();
    const n = ++counts[i];
    priority[i] = weights[i] / Math.sqrt(n * (n + 1));
    heap.push(i);
  }
  return counts;
}

function extremes(values) {
  let max = -Infinity;
  let min = Infinity;
  for (const value of values) {
    if (value === null) continue;
    if (value > max) max = value;
    if (value < min) min = value;
  }
  return max === -Infinity ? { max: null, min: null } : { max, min };
}

export function plainAllocateOfficers(input, total) {
  const { rows } = plainAssess(input);
  const officers = plainHuntingtonHill(rows.map((row) => row.requiredOfficers), total);
  const allocated = rows.map((row, i) => {
    const n = officers[i];
    return {
      office: row.office,
      docket: row.docket,
      officers: n,
      requiredOfficers: row.requiredOfficers,
      utilization: n === 0 ? null : row.workloadHours / (n * row.caseHours),
      caseloadPerOfficer: n === 0 ? null : row.cases / n,
    };
  });
  const { max, min } = extremes(allocated.map((row) => row.utilization));
  return { rows: allocated, maxUtilization: max, minUtilization: min };
}

export function plainAllocateHires(input, hires) {
  const { rows } = plainAssess(input);
  const added = rows.map(() => 0);
  const utilization = Float64Array.from(rows, (row) => row.workloadHours / (row.officers * row.caseHours));
  const heap = new IndexHeap(utilization);
  rows.forEach((_, i) => heap.push(i));
  for (let left = hires; left > 0; left--) {
    const i = heap.pop();
    added[i]++;
    utilization[i] = rows[i].workloadHours / ((rows[i].officers + added[i]) * rows[i].caseHours);
    heap.push(i);
  }
  const planned = rows.map((row, i) => ({
    office: row.office,
    docket: row.docket,
    cases: row.cases,
    officers: row.officers,
    added: added[i],
    utilizationBefore: row.utilization,
    utilizationAfter: row.workloadHours / ((row.officers + added[i]) * row.caseHours),
  }));
  return {
    rows: planned,
    maxUtilizationBefore: extremes(rows.map((row) => row.utilization)).max,
    maxUtilizationAfter: extremes(planned.map((row) => row.utilizationAfter)).max,
  };
}

export function plainCoverage(input) {
  const { rows: staffing, weights } = plainAssess(input);
  const offices = new Map(input.offices.map((office) => [office.id, office]));
  const byDocket = new Map();
  for (const type of input.caseTypes) {
    if (!byDocket.has(type.docket)) byDocket.set(type.docket, []);
    byDocket.get(type.docket).push(type);
  }
  const rows = [];
  for (const row of staffing) {
    const office = offices.get(row.office);
    const types = byDocket.get(row.docket);
    const priorities = [...new Set(types.map((type) => type.priority ?? Infinity))].sort((a, b) => a - b);
    const shares = new Map();
    let hoursLeft = row.officers * row.caseHours;
    for (const priority of priorities) {
      let workload = 0;
      for (const type of types) if ((type.priority ?? Infinity) === priority) workload += (office.cases[type.id] ?? 0) * weights[type.id];
      const share = hoursLeft >= workload ? { share: 1, missing: 0 } : { share: hoursLeft / workload, missing: (workload - hoursLeft) / workload };
      shares.set(priority, share);
      hoursLeft = Math.max(0, hoursLeft - workload);
    }
    for (const type of types) {
      const cases = office.cases[type.id] ?? 0;
      const { share, missing } = shares.get(type.priority ?? Infinity);
      rows.push({
        office: office.id,
        docket: row.docket,
        caseType: type.id,
        priority: type.priority ?? null,
        cases,
        coveredShare: cases === 0 ? null : share,
        uncoveredHours: cases * weights[type.id] * missing,
      });
    }
  }
  return { rows, uncoveredHours: fsum(rows.map((row) => row.uncoveredHours)) };
}

/** A correctly rounded sum, as coverage gives its total: Shewchuk's msum (Python's math.fsum). */
function fsum(values) {
  const partials = [];
  for (let x of values) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let hi = 0;
  let lo = 0;
  let n = partials.length;
  if (n > 0) {
    hi = partials[--n];
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}
