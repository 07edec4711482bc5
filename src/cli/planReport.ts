import type { Model } from '../model/types.js';
import { hiringPlanTable } from '../output/hiringPlanTable.js';
import { formatWhole } from '../output/numbers.js';
import { hiringPlan } from '../planning/hiringPlan.js';
import type { HiringPlan, HiringPlanOptions } from '../planning/hiringPlanTypes.js';
import type { Report } from './render.js';
import { inFlagWords, required, type RawOptions } from './windowPlanOptions.js';
import { parseDocketGrowth, parseInteger, parseNumber, parseShare } from './windowPlanParsers.js';

/** Each year's hires by office and docket, one line a year. */
function placement(plan: HiringPlan): string[] {
  const years = [...new Set(plan.offices.map((row) => row.year))];
  return years.map((year) => {
    const rows = plan.offices.filter((row) => row.year === year);
    return `  ${year}: ${rows.map((row) => `${row.office} (${row.docket}) ${formatWhole(row.hires)}`).join(', ')}`;
  });
}

/** `staffing-model plan MODEL --years N --docket-growth G --attrition-rate R --training-months M [--hires-per-year H] [--start-year Y]` */
export function planReport(model: Model, raw: RawOptions, vacancyRate: number | undefined): Report {
  const options: HiringPlanOptions = {
    years: parseInteger('years', required(raw, 'plan', 'years', 'N')),
    docketGrowth: parseDocketGrowth(required(raw, 'plan', 'docket-growth', 'RATE or YEAR:CASES,...')),
    attritionRate: parseShare('attrition-rate', required(raw, 'plan', 'attrition-rate', 'R')),
    trainingMonths: parseNumber('training-months', required(raw, 'plan', 'training-months', 'M')),
    ...(typeof raw['hires-per-year'] === 'string' ? { hiresPerYear: parseInteger('hires-per-year', raw['hires-per-year']) } : {}),
    ...(typeof raw['start-year'] === 'string' ? { startYear: parseInteger('start-year', raw['start-year']) } : {}),
    ...(vacancyRate === undefined ? {} : { vacancyRate }),
  };
  const plan = inFlagWords(() => hiringPlan(model, options));
  const [first, last] = [plan.rows[0]!.year, plan.rows.at(-1)!.year];
  const trend = plan.docketTrend;
  return {
    title: `Hiring plan ${first}-${last}: ${formatWhole(plan.hiresPerYear)} hires a year`,
    summary: [
      (options.hiresPerYear === undefined ? `The fewest hires a year that close the gap by ${last}. ` : '') +
        (plan.gapClosesIn === null ? `The gap is still open in ${last}.` : `The gap closes in ${plan.gapClosesIn} and stays closed.`),
      ...(trend
        ? [`Docket trend: ${formatWhole(trend.slope)} cases a year, a least-squares line through ${trend.history.length} years (r^2 = ${trend.rSquared.toFixed(2)}).`]
        : []),
    ],
    table: hiringPlanTable(plan),
    notes: plan.offices.length > 0 ? ['Hires by office and docket:', ...placement(plan)] : [],
    result: plan,
    rows: plan.rows,
  };
}
