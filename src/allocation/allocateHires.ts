import { Heap } from '../internal/Heap.js';
import { docketsOf } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { quotedList } from '../internal/quotedList.js';

export interface AllocateHiresOptions {
  /** Only these offices may receive hires. Default: all. */
  offices?: readonly string[];
  /** Only these dockets may receive hires. Default: all. */
  dockets?: readonly string[];
  /** Caps on the hires one office x docket may receive: `{ office: { docket: n } }`. Default: none. */
  maxAdded?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface HireRow {
  office: string;
  docket: string;
  cases: number;
  /** Officers on board before the hires. */
  officers: number;
  added: number;
  /** null where no officer is on board (with cases: unstaffed). */
  utilizationBefore: number | null;
  utilizationAfter: number | null;
}

export interface HirePlan {
  rows: HireRow[];
  /** The highest utilization; null while a row with cases has no officer (it is unbounded). */
  maxUtilizationBefore: number | null;
  maxUtilizationAfter: number | null;
}

function check(names: readonly string[] | undefined, known: readonly string[], what: string): void {
  for (const name of names ?? []) {
    if (!known.includes(name)) throw new RangeError(`unknown ${what} "${name}" (${what}s: ${quotedList(known)})`);
  }
}

function maxUtilization(rows: readonly { utilization: number | null; cases: number }[]): number | null {
  let max = 0;
  for (const row of rows) {
    if (row.utilization === null) {
      if (row.cases > 0) return null;
    } else max = Math.max(max, row.utilization);
  }
  return max;
}

/**
 * Adds `hires` officers to those on board, one at a time, each to the office x docket whose
 * utilization is highest (a row with cases and no officer first, the most work first), never taking
 * anyone away. Ties go to the row `assess` lists first.
 *
 * Optimal: no other placement of the same hires gives a lower maximum utilization. Proof: let T be the
 * lowest maximum any placement reaches, and m_i the fewest officers row i needs to be at or below T
 * (its officers on board if it already is); a best placement adds at least m_i - n_i to each row, so
 * the sum of (m_i - n_i) is at most `hires`. The greedy adds to row i only while row i is the highest
 * and above T, that is, while it has fewer than m_i. So while the maximum is above T, no row has passed
 * its m_i; if the maximum were still above T after all hires, some row would be below its m_i and the
 * hires placed would be fewer than the sum of (m_i - n_i) <= hires, a contradiction. Caps only remove
 * choices that every placement must also respect. (test/allocation/allocateHires.test.ts checks this
 * against brute force.)
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {RangeError} `hires must be a whole number >= 0, got -1`; `unknown office "x" (...)`;
 *   `3 hire(s) cannot be placed: every office x docket that may receive hires is at its cap`
 * @example
 * // The OIG-17-51 scenario: the busiest docket runs at 2,495% with one officer; 20 hires bring the top to 211%.
 * allocateHires(scenario, 20).maxUtilizationAfter // => 2.1127123847485607
 */
export function allocateHires(model: ModelLike, hires: number, options: AllocateHiresOptions = {}): HirePlan {
  if (!(Number.isInteger(hires) && hires >= 0)) throw new RangeError(`hires must be a whole number >= 0, got ${hires}`);
  const parsed = parseModel(model);
  const officeIds = parsed.offices.map((office) => office.id);
  const dockets = docketsOf(parsed);
  check(options.offices, officeIds, 'office');
  check(options.dockets, dockets, 'docket');
  for (const [office, caps] of Object.entries(options.maxAdded ?? {})) {
    check([office], officeIds, 'office');
    for (const [docket, cap] of Object.entries(caps)) {
      check([docket], dockets, 'docket');
      if (!(Number.isInteger(cap) && cap >= 0)) throw new RangeError(`maxAdded.${office}.${docket} must be a whole number >= 0, got ${cap}`);
    }
  }

  const rows = assess(parsed).rows;
  const added = rows.map(() => 0);
  const cap = rows.map((row) =>
    (options.offices && !options.offices.includes(row.office)) || (options.dockets && !options.dockets.includes(row.docket))
      ? 0
      : (options.maxAdded?.[row.office]?.[row.docket] ?? Infinity),
  );
  // 2: cases and no officer (unbounded utilization); 1: officers and work; 0: no work.
  const rank = (i: number) => (rows[i]!.workloadHours > 0 ? (rows[i]!.officers + added[i]! === 0 ? 2 : 1) : 0);
  const before = (i: number, j: number): boolean => {
    const a = rows[i]!;
    const b = rows[j]!;
    const ra = rank(i);
    const rb = rank(j);
    if (ra !== rb) return ra > rb;
    if (ra === 2 && a.requiredOfficers !== b.requiredOfficers) return a.requiredOfficers > b.requiredOfficers;
    if (ra === 1) {
      // w_a / (n_a h_a) against w_b / (n_b h_b), cross-multiplied.
      const left = a.workloadHours * (b.officers + added[j]!) * b.caseHours;
      const right = b.workloadHours * (a.officers + added[i]!) * a.caseHours;
      if (left !== right) return left > right;
    }
    return i < j;
  };
  const heap = new Heap(before);
  rows.forEach((_, i) => cap[i]! > 0 && heap.push(i));
  for (let left = hires; left > 0; left--) {
    const next = heap.pop();
    if (next === undefined) {
      throw new RangeError(`${left} hire(s) cannot be placed: every office x docket that may receive hires is at its cap`);
    }
    added[next]!++;
    if (added[next]! < cap[next]!) heap.push(next);
  }

  const planned = rows.map((row, i): HireRow => {
    const after = row.officers + added[i]!;
    return {
      office: row.office,
      docket: row.docket,
      cases: row.cases,
      officers: row.officers,
      added: added[i]!,
      utilizationBefore: row.utilization,
      utilizationAfter: after === 0 ? null : row.workloadHours / (after * row.caseHours),
    };
  });
  return {
    rows: planned,
    maxUtilizationBefore: maxUtilization(rows),
    maxUtilizationAfter: maxUtilization(planned.map((row) => ({ utilization: row.utilizationAfter, cases: row.cases }))),
  };
}
