import { Option } from 'commander';
import { hiringPlanTable } from '../../output/hiringPlanTable.js';
import { formatWhole } from '../../output/numbers.js';
import type { DocketSize } from '../../planning/docketTrend.js';
import type { HiringPlan, HiringPlanOptions } from '../../planning/hiringPlanTypes.js';
import { modelCommand } from '../command.js';
import { addVacancyRate, type VacancyOptions } from '../options.js';
import { parseDocketGrowth, parseInteger, parseNumber, parseRate } from '../windowPlanParsers.js';

interface PlanOptions extends VacancyOptions {
  years: number;
  docketGrowth: number | DocketSize[];
  attritionRate: number;
  trainingMonths: number;
  hiresPerYear?: number;
  startYear?: number;
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
  configure: (command) =>
    addVacancyRate(
      command
        .addOption(new Option('--years <n>', 'years to plan, at most 1,000').argParser(parseInteger).makeOptionMandatory())
        .addOption(new Option('--docket-growth <growth>', 'a yearly rate (0.05 or 5%), or a docket history 2016:2200000,2020:3260000,...').argParser(parseDocketGrowth).makeOptionMandatory())
        .addOption(new Option('--attrition-rate <rate>', 'the share of officers who leave each year').argParser(parseRate).makeOptionMandatory())
        .addOption(new Option('--training-months <months>', 'months from hire to carrying cases').argParser(parseNumber).makeOptionMandatory())
        .addOption(new Option('--hires-per-year <n>', 'hires each year (default: the fewest that close the gap by the last year)').argParser(parseInteger))
        .addOption(new Option('--start-year <year>', "the year the model's cases describe (needed with a docket history)").argParser(parseInteger)),
    ),
  report(lib, model, { years, docketGrowth, attritionRate, trainingMonths, hiresPerYear, startYear, vacancyRate }) {
    const options: HiringPlanOptions = {
      years,
      docketGrowth,
      attritionRate,
      trainingMonths,
      ...(hiresPerYear === undefined ? {} : { hiresPerYear }),
      ...(startYear === undefined ? {} : { startYear }),
      ...(vacancyRate === undefined ? {} : { vacancyRate }),
    };
    const plan = lib.hiringPlan(model, options);
    const [first, last] = [plan.rows[0]!.year, plan.rows.at(-1)!.year];
    const trend = plan.docketTrend;
    return {
      title: `Hiring plan ${first}-${last}: ${formatWhole(plan.hiresPerYear)} hires a year`,
      summary: [
        (hiresPerYear === undefined ? `The fewest hires a year that close the gap by ${last}. ` : '') +
          (plan.gapClosesIn === null ? `The gap is still open in ${last}.` : `The gap closes in ${plan.gapClosesIn} and stays closed.`),
        ...(trend
          ? [`Docket trend: ${formatWhole(trend.slope)} cases a year, a least-squares line through ${trend.history.length} years (r^2 = ${trend.rSquared.toFixed(2)}).`]
          : []),
      ],
      table: () => hiringPlanTable(plan),
      notes: plan.offices.length > 0 ? ['Hires by office and docket:', ...placement(plan)] : [],
      result: plan,
      rows: plan.rows,
    };
  },
});
