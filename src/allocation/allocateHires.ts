import { countArgument, describeValue, isRecord, modelArgument, optionsArgument } from '../internal/arguments.js';
import { quotedList } from '../internal/quotedList.js';
import { docketsOf } from '../model/lookup.js';
import { formatPath } from '../model/ModelError.js';
import { readModelInPlace } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assessModel } from '../workload/assessModel.js';
import { placeHires } from './placeHires.js';
import { displayResult } from '../display/displayResult.js';

/** What `allocateHires` takes beside the model and the number of hires. */
export interface AllocateHiresOptions {
  /** Only these offices may receive hires. Default: all. */
  offices?: readonly string[];
  /** Only these dockets may receive hires. Default: all. */
  dockets?: readonly string[];
  /** Caps on the hires one office x docket may receive: `{ office: { docket: n } }`. Default: none. */
  maxAdded?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One office and docket of a hire plan, in `assess`'s order. */
export interface HireRow {
  /** The office's id. */
  office: string;
  /** The docket. */
  docket: string;
  /** Cases on the docket. */
  cases: number;
  /** Officers on board before the hires. */
  officers: number;
  /** Hires placed here. */
  added: number;
  /** null where no officer is on board (with cases: unstaffed). */
  utilizationBefore: number | null;
  /** workloadHours / ((officers + added) x caseHours); null with no officer after the hires either. */
  utilizationAfter: number | null;
}

/** Where the hires go: every office and docket, and the highest utilization before and after. */
export interface HirePlan {
  /** One per office and docket, hires or not. */
  rows: HireRow[];
  /** The highest utilization; null while a row with cases has no officer (it is unbounded). */
  maxUtilizationBefore: number | null;
  /** The highest utilization after the hires; null while a row with cases has no officer. */
  maxUtilizationAfter: number | null;
}

/** A list of ids that may receive hires, as a set; every id must be known. */
function allowed(name: 'offices' | 'dockets', value: unknown, known: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`allocateHires: options.${name} must be an array of ids, got ${describeValue(value)}`);
  const what = name.slice(0, -1);
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string') throw new TypeError(`allocateHires: options.${name}[${i}] must be a string, got ${describeValue(id)}`);
    if (!known.has(id)) throw new RangeError(`unknown ${what} "${id}" (${name}: ${quotedList(known)})`);
  });
  return new Set(value as string[]);
}

/** `maxAdded` as caps by office, then docket: own keys only, each known, each cap a whole number. */
function capsOf(value: unknown, offices: ReadonlySet<string>, dockets: ReadonlySet<string>): Map<string, Map<string, number>> {
  const caps = new Map<string, Map<string, number>>();
  if (value === undefined) return caps;
  if (!isRecord(value)) throw new TypeError(`allocateHires: options.maxAdded must be a record of caps by office and docket, got ${describeValue(value)}`);
  for (const office of Object.keys(value)) {
    if (!offices.has(office)) throw new RangeError(`unknown office "${office}" (offices: ${quotedList(offices)})`);
    const byDocket: unknown = value[office];
    const path = ['options', 'maxAdded', office];
    if (!isRecord(byDocket)) throw new TypeError(`allocateHires: ${formatPath(path)} must be a record of caps by docket, got ${describeValue(byDocket)}`);
    const officeCaps = new Map<string, number>();
    for (const docket of Object.keys(byDocket)) {
      if (!dockets.has(docket)) throw new RangeError(`unknown docket "${docket}" (dockets: ${quotedList(dockets)})`);
      officeCaps.set(docket, countArgument('allocateHires', formatPath([...path, docket]), byDocket[docket]));
    }
    caps.set(office, officeCaps);
  }
  return caps;
}

function maxUtilization(rows: readonly { utilization: number | null; cases: number }[]): number | null {
  let max = 0;
  for (const row of rows) {
    if (row.utilization === null) {
      if (row.cases > 0) return null;
    } else if (row.utilization > max) max = row.utilization;
  }
  return max;
}

/**
 * Adds `hires` officers to those on board, each to the office x docket whose utilization is highest
 * (a row with cases and no officer first, the most work first), never taking anyone away. Ties,
 * utilizations equal up to float noise (a relative 2^-47) included, go to the row `assess` lists first.
 * Placed as if one at a time, from a quota start, so 10^9 hires take as long as a few thousand.
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
 * @throws {TypeError} `allocateHires: hires must be a number, got the string "3"`; `allocateHires: options.offices must be an array of ids, got ...`
 * @throws {RangeError} `hires must be a whole number >= 0, got -1`; `unknown office "x" (...)`;
 *   `3 hires cannot be placed: there is no office x docket to receive them` (a model without offices or case types);
 *   `1 hire cannot be placed: every office x docket that may receive hires is at its cap`
 * @example
 * // The OIG-17-51 scenario: the busiest docket runs at 2,495% with one officer; 20 hires bring the top to 211%.
 * allocateHires(scenario, 20).maxUtilizationAfter // => 2.1127123847485607
 */
export function allocateHires(model: ModelLike, hires: number, options?: AllocateHiresOptions): HirePlan {
  modelArgument('allocateHires', model);
  countArgument('allocateHires', 'hires', hires);
  const given = optionsArgument('allocateHires', options);
  // Nothing returned holds the model: an input's counts are read in place, not copied and frozen.
  const parsed = readModelInPlace(model);
  const officeIds = new Set(parsed.offices.map((office) => office.id));
  const dockets = new Set(docketsOf(parsed));
  const offices = allowed('offices', given.offices, officeIds);
  const docketsAllowed = allowed('dockets', given.dockets, dockets);
  const caps = capsOf(given.maxAdded, officeIds, dockets);

  const rows = assessModel(parsed).rows;
  const cap = rows.map((row) =>
    (offices && !offices.has(row.office)) || (docketsAllowed && !docketsAllowed.has(row.docket))
      ? 0
      : (caps.get(row.office)?.get(row.docket) ?? Infinity),
  );
  const added = placeHires(rows, cap, hires);

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
  return displayResult('Hires placed where utilization is highest', {
    rows: planned,
    maxUtilizationBefore: maxUtilization(rows),
    maxUtilizationAfter: maxUtilization(planned.map((row) => ({ utilization: row.utilizationAfter, cases: row.cases }))),
  });
}
