import { parseModel } from '../model/parseModel.js';
import type { ModelLike } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { docketFactors } from './docketFactors.js';
import { fewestHires, planGap, workforceYears } from './fewestHires.js';
import type { HiringPlan, HiringPlanOptions, HiringPlanRow } from './hiringPlanTypes.js';
import { placeHires } from './placeHires.js';
import { projectModel } from './projectModel.js';
import { checkPlanOptions } from './planOptions.js';
import { MAX_COUNT } from '../internal/arguments.js';
import { displayResult } from '../display/displayResult.js';

/**
 * A multi-year hiring plan (OIG-17-51, recommendation 3). Year k of the plan (k = 0 is `startYear`,
 * whose cases are the model's) has the model's cases x (1 + docketGrowth)^k, or x trend(year) /
 * trend(startYear) for a line fitted to a docket history. Each year, at its start, attritionRate of
 * the officers carrying cases leave and the year's hires join; a hire trains for trainingMonths, then
 * carries cases. Officers are averages over the year (full-time equivalents); gap = requiredOfficers -
 * officers. The year's hires are placed by `allocateHires` where utilization is highest.
 * Without hiresPerYear: the fewest hires a year (the same every year) that close the gap in the last
 * year. See docs/hiring-plan.md for a worked example. Does not mutate its input.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * Counts are kept exact: a docket that passes 2^53 - 1 cases in a year, or a gap that more than 2^53 - 1
 * hires a year would take to close, is an error naming the year; a plan has at most 1,000 years.
 *
 * @throws {RangeError} `years must be a whole number in [1, 1000], got 0`, `no number of hires closes the gap by ...`,
 *   `docketGrowth: the docket passes 2^53 - 1 (9007199254740991) cases in 2064 (1.32e+16), past what a count can hold exactly: plan fewer years or a slower docketGrowth`,
 *   `closing the gap by 2045 takes more than 2^53 - 1 (9007199254740991) hires a year, ...`,
 *   and those of the options (see docs/hiring-plan.md)
 * @example
 * // 100 officers, required 100, 110, 121; 10% attrition; 18 months' training:
 * const model = {
 *   caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'work', time: 1, perYear: 1 }] }],
 *   offices: [{ id: 'a', officers: { nd: 100 }, cases: { nd: 208000 } }],
 * };
 * hiringPlan(model, { years: 3, docketGrowth: 0.1, attritionRate: 0.1, trainingMonths: 18 }).hiresPerYear // => 35
 */
export function hiringPlan(model: ModelLike, options: HiringPlanOptions): HiringPlan {
  checkPlanOptions(options);
  const parsed = parseModel(model);
  const { years, attritionRate, trainingMonths, vacancyRate } = options;
  const startYear = options.startYear ?? 1;
  const { factors, trend } = docketFactors(options.docketGrowth, years, options.startYear);
  const baseCases = assess(parsed).total.cases;
  const totals = factors.map((factor, k) => {
    checkDocket(startYear + k, baseCases === 0 ? 0 : baseCases * factor); // before projecting: no Infinity reaches a model
    const total = assess(projectModel(parsed, factor), vacancyRate === undefined ? {} : { vacancyRate }).total;
    checkDocket(startYear + k, total.cases); // rounding per office and case type may add a few
    return total;
  });
  const required = totals.map((total) => total.requiredOfficers);
  const onBoard = assess(parsed).total.officers;
  const hires = options.hiresPerYear ?? fewestHires(onBoard, required, attritionRate, trainingMonths, startYear + years - 1);
  const rows = workforceYears(onBoard, years, hires, attritionRate, trainingMonths).map(
    (year, k): HiringPlanRow => ({
      year: startYear + k,
      cases: totals[k]!.cases,
      requiredOfficers: required[k]!,
      officers: year.officers,
      inTraining: year.inTraining,
      hires,
      separations: year.separations,
      gap: planGap(required[k]!, year.officers, years),
      ...(vacancyRate === undefined ? {} : { positionsToFund: totals[k]!.positionsToFund! }),
    }),
  );
  let open = rows.length; // rows[open..] are all closed: the summary is read off the rows
  while (open > 0 && rows[open - 1]!.gap <= 0) open--;
  return displayResult('Hiring plan', {
    rows,
    offices: placeHires(parsed, factors, hires, attritionRate, trainingMonths, startYear),
    hiresPerYear: hires,
    gapClosesIn: open === rows.length ? null : rows[open]!.year,
    ...(trend ? { docketTrend: trend } : {}),
  });
}

/**
 * @throws {RangeError} `docketGrowth: the docket passes 2^53 - 1 (9007199254740991) cases in 2064 (1.32e+16), ...`
 */
function checkDocket(year: number, cases: number): void {
  if (cases <= MAX_COUNT) return;
  const size = Number.isFinite(cases) ? cases.toPrecision(3) : 'more than a number can hold';
  throw new RangeError(
    `docketGrowth: the docket passes 2^53 - 1 (${MAX_COUNT}) cases in ${year} (${size}), past what a count can hold exactly: plan fewer years or a slower docketGrowth`,
  );
}
