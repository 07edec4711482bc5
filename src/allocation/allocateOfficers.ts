import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { apportionList, APPORTION_METHODS, seatsEveryKey, type ApportionMethod } from './apportion.js';

export interface AllocateOfficersOptions {
  /** The apportionment method. Default `"huntington-hill"` (every office x docket with work gets an officer). */
  method?: ApportionMethod;
}

export interface OfficerAllocationRow {
  office: string;
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

export interface OfficerAllocation {
  rows: OfficerAllocationRow[];
  /** Over rows with officers; null when no row has one. */
  maxUtilization: number | null;
  minUtilization: number | null;
}

/**
 * Splits a fixed headcount over every office and docket in proportion to workload, with `apportion`.
 * Workload is counted in officers (workloadHours / the office's caseHours, `requiredOfficers`), so an
 * office whose officers have fewer case hours gets more of them. Rows come in the order `assess`
 * gives them.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @throws {RangeError} `totalOfficers must be a whole number >= 0, got 2.5`; under Huntington-Hill
 *   `5 officers are fewer than the 6 office x docket rows with work; ...`
 * @example
 * allocateOfficers(scenario, 55).rows[0]
 * // => { office: 'seattle-wa', docket: 'non-detained', officers: 5, requiredOfficers: 4.6, utilization: 0.92, caseloadPerOfficer: 374.4 }
 */
export function allocateOfficers(model: ModelLike, totalOfficers: number, options: AllocateOfficersOptions = {}): OfficerAllocation {
  const method = options.method ?? 'huntington-hill';
  if (!APPORTION_METHODS.includes(method)) {
    throw new RangeError(`unknown method "${String(method)}" (methods: ${APPORTION_METHODS.join(', ')})`);
  }
  if (!(Number.isInteger(totalOfficers) && totalOfficers >= 0)) {
    throw new RangeError(`totalOfficers must be a whole number >= 0, got ${totalOfficers}`);
  }
  const { rows } = assess(parseModel(model));
  const withWork = rows.filter((row) => row.workloadHours > 0).length;
  if (seatsEveryKey(method) && totalOfficers < withWork) {
    throw new RangeError(
      `${totalOfficers} officers are fewer than the ${withWork} office x docket rows with work; ${method} gives each at least one: choose another method or more officers`,
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
  const utilizations = allocated.flatMap((row) => (row.utilization === null ? [] : [row.utilization]));
  return {
    rows: allocated,
    maxUtilization: utilizations.length === 0 ? null : Math.max(...utilizations),
    minUtilization: utilizations.length === 0 ? null : Math.min(...utilizations),
  };
}
