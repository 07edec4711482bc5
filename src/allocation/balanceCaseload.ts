import { countArgument, describeValue, isRecord, optionsArgument } from '../internal/arguments.js';
import { ExactSum } from '../internal/fsum.js';
import { LeastLoaded } from './leastLoaded.js';

/** A case to give to an officer. */
export interface CaseToAssign {
  /** The case's id. */
  id: string;
  /** Hours the case needs (a year, or whatever period the capacities are in). */
  hours: number;
}

/** An officer who can take cases. */
export interface OfficerToLoad {
  /** The officer's id. */
  id: string;
  /** Hours the officer has for cases in the same period. */
  capacityHours?: number;
}

/** What `balanceCaseload` takes beside the cases and officers. */
export interface BalanceCaseloadOptions {
  /** Capacity of every officer that gives none. Without any capacity, loads are in hours. */
  capacityHours?: number;
}

/** An officer with the cases given to them. */
export interface LoadedOfficer {
  /** The officer's id (`officer-1`, ... when officers were given as a number). */
  id: string;
  /** The ids of the cases given, in the order given. */
  cases: string[];
  /** Their hours, added up. */
  hours: number;
  /** hours / capacityHours; null when no capacity is known. */
  utilization: number | null;
}

/** Cases spread over officers, longest first, each to the officer with the lowest load. */
export interface CaseloadBalance {
  /** Every officer, in the order given. */
  officers: LoadedOfficer[];
  /** The largest and smallest load: utilization, or hours where no capacity is known. */
  maxLoad: number;
  /** The smallest load. */
  minLoad: number;
}

function positiveCapacity(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new TypeError(`balanceCaseload: ${where} must be a number, got ${describeValue(value)}`);
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${where} must be a finite number > 0, got ${value}`);
  return value;
}

/** The cases, checked: each `{ id, hours }` with a unique string id and finite hours >= 0. */
function checkedCases(cases: unknown): readonly CaseToAssign[] {
  if (!Array.isArray(cases)) throw new TypeError(`balanceCaseload: cases must be an array of { id, hours }, got ${describeValue(cases)}`);
  const seen = new Set<string>();
  cases.forEach((item: unknown, i) => {
    if (!isRecord(item)) throw new TypeError(`balanceCaseload: cases[${i}] must be an object { id, hours }, got ${describeValue(item)}`);
    if (typeof item.id !== 'string') throw new TypeError(`balanceCaseload: cases[${i}].id must be a string, got ${describeValue(item.id)}`);
    if (typeof item.hours !== 'number') throw new TypeError(`balanceCaseload: cases[${i}].hours must be a number, got ${describeValue(item.hours)}`);
    if (!Number.isFinite(item.hours) || item.hours < 0) throw new RangeError(`cases[${i}].hours must be a finite number >= 0, got ${item.hours}`);
    if (seen.has(item.id)) throw new RangeError(`duplicate case id "${item.id}" (cases[${i}])`);
    seen.add(item.id);
  });
  return cases as CaseToAssign[];
}

/**
 * The officers, checked: their ids, each one's capacity (1 where none is known, so that loads are
 * hours), and whether capacities are known.
 * @throws {TypeError} `give capacityHours for every officer or for none`
 */
function checkedOfficers(officers: unknown, fallback: number | undefined): { ids: string[]; capacity: Float64Array; known: boolean } {
  if (typeof officers === 'number') {
    const n = countArgument('balanceCaseload', 'officers', officers, 1);
    const ids = new Array<string>(n);
    for (let i = 0; i < n; i++) ids[i] = `officer-${i + 1}`;
    return { ids, capacity: new Float64Array(n).fill(fallback ?? 1), known: fallback !== undefined };
  }
  if (!Array.isArray(officers)) {
    throw new TypeError(`balanceCaseload: officers must be a number or an array of { id, capacityHours? }, got ${describeValue(officers)}`);
  }
  if (officers.length === 0) throw new RangeError('officers must list at least one officer');
  const seen = new Set<string>();
  const ids: string[] = [];
  const capacity = new Float64Array(officers.length);
  let known = 0;
  officers.forEach((officer: unknown, i) => {
    if (!isRecord(officer)) throw new TypeError(`balanceCaseload: officers[${i}] must be an object { id, capacityHours? }, got ${describeValue(officer)}`);
    if (typeof officer.id !== 'string') throw new TypeError(`balanceCaseload: officers[${i}].id must be a string, got ${describeValue(officer.id)}`);
    if (seen.has(officer.id)) throw new RangeError(`duplicate officer id "${officer.id}" (officers[${i}])`);
    seen.add(officer.id);
    ids.push(officer.id);
    const own = positiveCapacity(officer.capacityHours, `officers[${i}].capacityHours`) ?? fallback;
    if (own !== undefined) known++;
    capacity[i] = own ?? 1;
  });
  if (known !== 0 && known !== ids.length) throw new TypeError('give capacityHours for every officer or for none');
  return { ids, capacity, known: known > 0 };
}

/**
 * Assigns every case to exactly one officer by longest processing time first (Graham, 1969): cases
 * from the most hours to the fewest, each to the officer whose load (hours / capacity) would be the
 * smallest with it. Its largest load is within 4/3 of the best possible for equal capacities.
 * Deterministic: equal cases keep their input order, and ties (loads equal, compared exactly) go to
 * the officer listed first. A number of officers gets ids `officer-1`, `officer-2`, ...
 * O((cases + officers) log officers): a kinetic tournament finds the officer (leastLoaded.ts), where
 * unequal capacities add a replay of a match whenever two officers' loads cross. An officer's
 * `hours` is the correctly rounded sum of its cases' hours.
 *
 * @throws {TypeError} `balanceCaseload: cases must be an array of { id, hours }, got null`;
 *   `balanceCaseload: officers must be a number or an array of { id, capacityHours? }, got null`;
 *   `give capacityHours for every officer or for none`
 * @throws {RangeError} `cases[2].hours must be a finite number >= 0, got -1`; `duplicate case id "x"`;
 *   `officers must be a whole number >= 1, got 0`; `officers[1].capacityHours must be a finite number > 0, got 0`
 * @example
 * balanceCaseload([{ id: 'a', hours: 5 }, { id: 'b', hours: 4 }, { id: 'c', hours: 3 }, { id: 'd', hours: 3 }], 2)
 * // => { officers: [{ id: 'officer-1', cases: ['a', 'd'], hours: 8, ... }, { id: 'officer-2', cases: ['b', 'c'], hours: 7, ... }], maxLoad: 8, ... }
 */
export function balanceCaseload(
  cases: readonly CaseToAssign[],
  officers: number | readonly OfficerToLoad[],
  options?: BalanceCaseloadOptions,
): CaseloadBalance {
  const list = checkedCases(cases);
  const fallback = positiveCapacity(optionsArgument('balanceCaseload', options).capacityHours, 'capacityHours');
  const { ids, capacity, known } = checkedOfficers(officers, fallback);

  const chooser = new LeastLoaded(capacity);
  const sums: (ExactSum | undefined)[] = new Array(ids.length);
  const assigned: (string[] | undefined)[] = new Array(ids.length);
  const order = list.map((_, i) => i).sort((a, b) => list[b]!.hours - list[a]!.hours || a - b);
  for (const c of order) {
    const { id, hours } = list[c]!;
    const officer = chooser.choose(hours);
    const sum = (sums[officer] ??= new ExactSum()).add(hours);
    chooser.setHours(officer, sum.value());
    (assigned[officer] ??= []).push(id);
  }

  let maxLoad = -Infinity;
  let minLoad = Infinity;
  const loaded = ids.map((id, o): LoadedOfficer => {
    const hours = chooser.hours[o]!;
    const load = hours / capacity[o]!;
    if (load > maxLoad) maxLoad = load;
    if (load < minLoad) minLoad = load;
    return { id, cases: assigned[o] ?? [], hours, utilization: known ? load : null };
  });
  return { officers: loaded, maxLoad, minLoad };
}
