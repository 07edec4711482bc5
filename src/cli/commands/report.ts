import type { Model } from '../../model/types.js';
import type { HiringPlan } from '../../planning/hiringPlanTypes.js';
import type { RenderReportOptions } from '../../report/types.js';
import { modelCommand, type Page } from '../command.js';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import type { Library } from '../library.js';
import { addVacancyRate, type VacancyOptions } from '../options.js';
import { addPlanOptions, hiringPlanOptions, PLAN_FLAGS, PLAN_REQUIRED, type PlanOptions } from './plan.js';
import { addDrawOptions, DRAW_DEFAULTS, drawSimulation, type DrawOptions } from './simulate.js';

type ReportOptions = VacancyOptions & Partial<PlanOptions> & Partial<DrawOptions>;

const DRAW_FLAGS = { iterations: '--iterations', seed: '--seed', confidence: '--confidence' } as const;

/** The first of `flags` that was given, as its flag. */
function firstGiven(options: object, flags: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(flags).find(([key]) => (options as Record<string, unknown>)[key] !== undefined)?.[1];
}

/** The hiring plan that plan's flags describe, as `staffing-model plan` makes it; none without --years. */
function planFor(lib: Library, model: Model, options: ReportOptions): HiringPlan | undefined {
  if (options.years === undefined) {
    const stray = firstGiven(options, PLAN_FLAGS);
    if (stray !== undefined) throw new UsageError(`${stray} goes with --years (a hiring plan)`);
    return undefined;
  }
  const missing = PLAN_REQUIRED.filter((key) => options[key] === undefined).map((key) => PLAN_FLAGS[key]);
  if (missing.length > 0) throw new UsageError(`--years (a hiring plan) needs ${missing.join(', ')}`);
  return lib.hiringPlan(model, hiringPlanOptions(options as PlanOptions));
}

/**
 * What the report of a model adds to its assessment: with plan's flags, the hiring plan; when the
 * model has ranged estimates, their sensitivity and a simulation (simulate's flags and defaults).
 * simulate's flags for a model without ranged estimates are an error, not ignored.
 */
function reportOptions(lib: Library, model: Model, options: ReportOptions, io: CliIO): RenderReportOptions {
  const plan = planFor(lib, model, options);
  const ranged = lib.sensitivity(model);
  if (ranged.rows.length === 0) {
    const stray = firstGiven(options, DRAW_FLAGS);
    if (stray !== undefined) throw new UsageError(`${stray}: the model has no ranged estimates to simulate (docs/uncertainty.md)`);
  }
  const { iterations = DRAW_DEFAULTS.iterations, seed = DRAW_DEFAULTS.seed, confidence = DRAW_DEFAULTS.confidence } = options;
  return {
    ...(options.vacancyRate === undefined ? {} : { vacancyRate: options.vacancyRate }),
    ...(ranged.rows.length > 0 ? { simulation: drawSimulation(lib, model, { ...options, iterations, seed, confidence }, io), sensitivity: ranged } : {}),
    ...(plan ? { plan } : {}),
  };
}

/** The HTML report of a model (renderReport): for report and demo --html. */
export function reportPage(lib: Library, model: Model, options: RenderReportOptions): Page {
  return { html: lib.renderReport({ model }, options) };
}

export const reportCommand = modelCommand<ReportOptions>({
  name: 'report',
  summary: 'the HTML report: assumptions, assessment, charts (and a hiring plan, a simulation)',
  description:
    "One self-contained HTML page (docs/report-html.md): the model's assumptions, the assessment, caseload and officer charts; with plan's flags the hiring plan, and for a model with ranged estimates the simulation's spread (simulate's flags) and the tornado. Standard output unless -o FILE.",
  examples: [
    ['staffing-model report model.json -o report.html', 'the report of a model'],
    ['staffing-model report model.json --vacancy-rate 6/19 --cases export.csv > report.html', 'positions to fund; case counts from an export'],
    ['staffing-model report model.json -o report.html --years 8 --docket-growth 5% --attrition-rate 0.05 --training-months 6', 'with a hiring plan'],
  ],
  writes: 'html',
  configure: (command) => addDrawOptions(addPlanOptions(addVacancyRate(command), false), false),
  report: (lib, model, options, io) => reportPage(lib, model, reportOptions(lib, model, options, io)),
});
