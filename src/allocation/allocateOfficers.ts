import { countArgument, modelArgument, optionsArgument } from '../internal/arguments.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { apportionList, methodArgument, seatsEveryKey, type ApportionMethod } from './apportion.js';
import { plural } from '../internal/plural.js';
import { displayResult } from '../display/displayResult.js';

/** What `allocateOfficers` takes beside the model and the headcount. */
export interface AllocateOfficersOptions {
  /** The apportionment method. Default `"huntington-hill"` (every office x docket with work gets an officer). */
  method?: ApportionMethod;
}

/** One office and docket of an allocation, in `assess`'s order. */
export interface OfficerAllocationRow {
  /** The office's id. */
  office: string;
  /** The docket. */
  docket: string;
  /** Officers allocated. */
  officers: number;
  /** The exact officers the row's workload needs (from `assess`), the weight it was apportioned by. */
  requiredOfficers: number;
  /** workloadHours / (officers x caseHours); null with no officer. */
  utilization: number | null;
  /** cases / officers; null with no officer. */
  caseloadPerOfficer: number | null;
}

/** A headcount split over offices and dockets in proportion to their workloads. */
export interface OfficerAllocation {
  /** One per office and docket. */
  rows: OfficerAllocationRow[];
  /** Over rows with officers; null when no row has one. */
  maxUtilization: number | null;
  /** The lowest utilization over rows with officers; null when no row has one. */
  minUtilization: number | null;
}

/**
 * Splits a fixed headcount over every office and docket in proportion to workload, with `apportion`.
 * Workload is counted in officers (workloadHours / the office's caseHours, `requiredOfficers`), so an
 * office whose officers have fewer case hours gets more of them. Workloads equal up to float noise
 * (a relative 2^-47) are ties, which go to the row listed first. Rows come in the order `assess`
 * gives them; 10^9 officers take as long as a few thousand.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {TypeError} `allocateOfficers: totalOfficers must be a number, got the string "55"`
 * @throws {RangeError} `totalOfficers must be a whole number >= 0, got 2.5`; under Huntington-Hill
 *   `5 officers are fewer than the 6 office x docket rows with work; ...`
 * @example
 * allocateOfficers(scenario, 55).rows[0]
 * // => { office: 'seattle-wa', docket: 'non-detained', officers: 5, requiredOfficers: 4.6, utilization: 0.92, caseloadPerOfficer: 374.4 }
 */
export function allocateOfficers(model: ModelLike, totalOfficers: number, options?: AllocateOfficersOptions): OfficerAllocation {
  modelArgument('allocateOfficers', model);
  countArgument('allocateOfficers', 'totalOfficers', totalOfficers);
  const method = methodArgument(optionsArgument('allocateOfficers', options).method ?? 'huntington-hill');
  const { rows } = assess(model); // from an input, assess reads its counts in place
  const withWork = rows.filter((row) => row.workloadHours > 0).length;
  if (seatsEveryKey(method) && totalOfficers < withWork) {
    throw new RangeError(
      `${plural(totalOfficers, 'officer is', 'officers are')} fewer than the ${plural(withWork, 'office x docket row')} with work; ${method} gives each at least one: choose another method or more officers`,
    );
  }
  if (withWork === 0 && totalOfficers > 0) throw new RangeError('no office x docket has any work to allocate officers to');
  const weights = rows.map((row) => row.requiredOfficers);
  const officers = apportionList(weights, totalOfficers, method, weights.map(() => 0), weights.map(() => Infinity));
  const allocated = rows.map((row, i): OfficerAllocationRow => {
    const n = officers[i]!;
    return {
      office: row.office,
      docket: row.docket,
      officers: n,
      requiredOfficers: row.requiredOfficers,
      utilization: n === 0 ? null : row.workloadHours / (n * row.caseHours),
      caseloadPerOfficer: n === 0 ? null : row.cases / n,
    };
  });
  let maxUtilization: number | null = null;
  let minUtilization: number | null = null;
  for (const { utilization } of allocated) {
    if (utilization === null) continue;
    if (maxUtilization === null || utilization > maxUtilization) maxUtilization = utilization;
    if (minUtilization === null || utilization < minUtilization) minUtilization = utilization;
  }
  return displayResult('Officer allocation', { rows: allocated, maxUtilization, minUtilization });
}
