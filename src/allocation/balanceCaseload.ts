export interface CaseToAssign {
  id: string;
  /** Hours the case needs (a year, or whatever period the capacities are in). */
  hours: number;
}

export interface OfficerToLoad {
  id: string;
  /** Hours the officer has for cases in the same period. */
  capacityHours?: number;
}

export interface BalanceCaseloadOptions {
  /** Capacity of every officer that gives none. Without any capacity, loads are in hours. */
  capacityHours?: number;
}

export interface LoadedOfficer {
  id: string;
  cases: string[];
  hours: number;
  /** hours / capacityHours; null when no capacity is known. */
  utilization: number | null;
}

export interface CaseloadBalance {
  officers: LoadedOfficer[];
  /** The largest and smallest load: utilization, or hours where no capacity is known. */
  maxLoad: number;
  minLoad: number;
}

function positiveCapacity(value: number | undefined, where: string): number | undefined {
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${where} must be a finite number > 0, got ${value}`);
  }
  return value;
}

/**
 * Assigns every case to exactly one officer by longest processing time first (Graham, 1969): cases
 * from the most hours to the fewest, each to the officer whose load (hours / capacity) would be the
 * smallest with it. Its largest load is within 4/3 of the best possible for equal capacities.
 * Deterministic: equal cases keep their input order, and ties go to the officer listed first.
 * A number of officers gets ids `officer-1`, `officer-2`, ...
 *
 * @throws {RangeError} `cases[2].hours must be a finite number >= 0, got -1`; `duplicate case id "x"`;
 *   `officers must be a whole number >= 1, got 0`; `officers[1].capacityHours must be a finite number > 0, got 0`
 * @throws {TypeError} `give capacityHours for every officer or for none`
 * @example
 * balanceCaseload([{ id: 'a', hours: 5 }, { id: 'b', hours: 4 }, { id: 'c', hours: 3 }, { id: 'd', hours: 3 }], 2)
 * // => officers: [{ id: 'officer-1', cases: ['a', 'd'], hours: 8, ... }, { id: 'officer-2', cases: ['b', 'c'], hours: 7, ... }], maxLoad: 8
 */
export function balanceCaseload(
  cases: readonly CaseToAssign[],
  officers: number | readonly OfficerToLoad[],
  options: BalanceCaseloadOptions = {},
): CaseloadBalance {
  const seen = new Set<string>();
  cases.forEach((item, i) => {
    if (typeof item?.id !== 'string') throw new TypeError(`cases[${i}].id must be a string`);
    if (typeof item.hours !== 'number' || !Number.isFinite(item.hours) || item.hours < 0) {
      throw new RangeError(`cases[${i}].hours must be a finite number >= 0, got ${String(item.hours)}`);
    }
    if (seen.has(item.id)) throw new RangeError(`duplicate case id "${item.id}" (cases[${i}])`);
    seen.add(item.id);
  });
  if (typeof officers === 'number' && !(Number.isInteger(officers) && officers >= 1)) {
    throw new RangeError(`officers must be a whole number >= 1, got ${officers}`);
  }
  const list = typeof officers === 'number' ? Array.from({ length: officers }, (_, i) => ({ id: `officer-${i + 1}` })) : officers;
  if (list.length === 0) throw new RangeError('officers must list at least one officer');
  const fallback = positiveCapacity(options.capacityHours, 'capacityHours');
  const officerIds = new Set<string>();
  const capacity = list.map((officer: OfficerToLoad, i) => {
    if (officerIds.has(officer.id)) throw new RangeError(`duplicate officer id "${officer.id}" (officers[${i}])`);
    officerIds.add(officer.id);
    return positiveCapacity(officer.capacityHours, `officers[${i}].capacityHours`) ?? fallback;
  });
  const known = capacity.filter((c) => c !== undefined).length;
  if (known !== 0 && known !== capacity.length) throw new TypeError('give capacityHours for every officer or for none');
  const scale = capacity.map((c) => c ?? 1);

  const hours = list.map(() => 0);
  const assigned: string[][] = list.map(() => []);
  const order = cases.map((_, i) => i).sort((a, b) => cases[b]!.hours - cases[a]!.hours || a - b);
  for (const c of order) {
    const { id, hours: h } = cases[c]!;
    let best = 0;
    for (let o = 1; o < list.length; o++) {
      if ((hours[o]! + h) / scale[o]! < (hours[best]! + h) / scale[best]!) best = o;
    }
    hours[best]! += h;
    assigned[best]!.push(id);
  }
  const loads = hours.map((h, o) => h / scale[o]!);
  return {
    officers: list.map((officer, o) => ({
      id: officer.id,
      cases: assigned[o]!,
      hours: hours[o]!,
      utilization: known === 0 ? null : loads[o]!,
    })),
    maxLoad: Math.max(...loads),
    minLoad: Math.min(...loads),
  };
}
