import { Option, type Command } from 'commander';
import { hiringPlanTable } from '../../output/hiringPlanTable.js';
import { formatWhole } from '../../output/numbers.js';
import type { DocketSize } from '../../planning/docketTrend.js';
import type { HiringPlan, HiringPlanOptions } from '../../planning/hiringPlanTypes.js';
import { modelCommand } from '../command.js';
import { addVacancyRate, type VacancyOptions } from '../options.js';
import { parseDocketGrowth, parseInteger, parseNumber, parseRate } from '../windowPlanParsers.js';
import { plural } from '../../internal/plural.js';

/** plan's flags: --years, --docket-growth, ... */
export interface PlanOptions extends VacancyOptions {
  years: number;
  docketGrowth: number | DocketSize[];
  attritionRate: number;
  trainingMonths: number;
  hiresPerYear?: number;
  startYear?: number;
}

/** plan's own flags by option name; the first four a plan cannot do without. */
export const PLAN_FLAGS = {
  years: '--years',
  docketGrowth: '--docket-growth',
  attritionRate: '--attrition-rate',
  trainingMonths: '--training-months',
  hiresPerYear: '--hires-per-year',
  startYear: '--start-year',
} as const;
export const PLAN_REQUIRED = ['years', 'docketGrowth', 'attritionRate', 'trainingMonths'] as const;

/**
 * plan's flags (without --vacancy-rate). `required` false (for report, where a plan is optional):
 * none is mandatory to commander, and the command checks that they come together.
 */
export function addPlanOptions(command: Command, required = true): Command {
  const must = (option: Option) => (required ? option.makeOptionMandatory() : option);
  return command
    .addOption(must(new Option('--years <n>', 'years to plan, at most 1,000').argParser(parseInteger)))
    .addOption(must(new Option('--docket-growth <growth>', 'a yearly rate (0.05 or 5%), or a docket history 2016:2200000,2020:3260000,...').argParser(parseDocketGrowth)))
    .addOption(must(new Option('--attrition-rate <rate>', 'the share of officers who leave each year').argParser(parseRate)))
    .addOption(must(new Option('--training-months <months>', 'months from hire to carrying cases').argParser(parseNumber)))
    .addOption(new Option('--hires-per-year <n>', 'hires each year (default: the fewest that close the gap by the last year)').argParser(parseInteger))
    .addOption(new Option('--start-year <year>', "the year the model's cases describe (needed with a docket history)").argParser(parseInteger));
}

/** The library's options for the plan the flags describe. */
export function hiringPlanOptions({ years, docketGrowth, attritionRate, trainingMonths, hiresPerYear, startYear, vacancyRate }: PlanOptions): HiringPlanOptions {
  return {
    years,
    docketGrowth,
    attritionRate,
    trainingMonths,
    ...(hiresPerYear === undefined ? {} : { hiresPerYear }),
    ...(startYear === undefined ? {} : { startYear }),
    ...(vacancyRate === undefined ? {} : { vacancyRate }),
  };
}

/** Each year's hires by office and docket, one line a year (the plan's rows are in year order). */
function placement(plan: HiringPlan): string[] {
  const byYear = new Map<number, string[]>();
  for (const row of plan.offices) {
    const lines = byYear.get(row.year) ?? [];
    lines.push(`${row.office} (${row.docket}) ${formatWhole(row.hires)}`);
    byYear.set(row.year, lines);
  }
  return [...byYear].map(([year, lines]) => `  ${year}: ${lines.join(', ')}`);
}

export const planCommand = modelCommand<PlanOptions>({
  name: 'plan',
  summary: 'a multi-year hiring plan',
  description:
    'Plans hires year by year as the docket grows (a yearly rate, or a line fitted to a docket history), officers leave and hires train, and places each year\'s hires by office (docs/hiring-plan.md).',
  examples: [
    ['staffing-model plan model.json --years 8 --docket-growth 5% --attrition-rate 0.05 --training-months 6', 'the fewest level hires that close the gap'],
    ['staffing-model plan model.json --years 8 --start-year 2016 --docket-growth 2016:2200000,2020:3260000 --attrition-rate 0.05 --training-months 6 --hires-per-year 2900', 'a given pace, a fitted trend'],
  ],
  configure: (command) => addVacancyRate(addPlanOptions(command)),
  report(lib, model, options) {
    const { hiresPerYear } = options;
    const plan = lib.hiringPlan(model, hiringPlanOptions(options));
    const [first, last] = [plan.rows[0]!.year, plan.rows.at(-1)!.year];
    const trend = plan.docketTrend;
    return {
      title: `Hiring plan ${first}-${last}: ${plural(plan.hiresPerYear, 'hire', 'hires', formatWhole(plan.hiresPerYear))} a year`,
      summary: [
        (hiresPerYear === undefined ? `The fewest hires a year that close the gap by ${last}. ` : '') +
          (plan.gapClosesIn === null ? `The gap is still open in ${last}.` : `The gap closes in ${plan.gapClosesIn} and stays closed.`),
        ...(trend
          ? [`Docket trend: ${plural(trend.slope, 'case', 'cases', formatWhole(trend.slope))} a year, a least-squares line through ${trend.history.length} years (r^2 = ${trend.rSquared.toFixed(2)}).`]
          : []),
      ],
      table: () => hiringPlanTable(plan),
      notes: plan.offices.length > 0 ? ['Hires by office and docket:', ...placement(plan)] : [],
      result: plan,
      rows: plan.rows,
    };
  },
});
