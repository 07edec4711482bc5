import type { Model } from '../model/types.js';
import type { HiringPlan } from '../planning/hiringPlanTypes.js';
import type { RenderReportOptions } from '../report/types.js';
import type { Simulation } from '../uncertainty/simulate.js';
import { sensitivity } from '../uncertainty/sensitivity.js';
import { UsageError, type CliArgs } from './args.js';
import { planReport } from './planReport.js';
import type { CliIO } from './run.js';
import { simulateReport } from './uncertaintyReports.js';

/** With plan's flags (--years, ...), the hiring plan they describe, as `staffing-model plan` makes it. */
function planFor(model: Model, args: CliArgs): HiringPlan | undefined {
  if (args.raw.years === undefined) return undefined;
  try {
    return planReport(model, args.raw, args.vacancyRate).result as HiringPlan;
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message.replace(/^plan needs/, 'report --years needs'));
    throw error;
  }
}

/**
 * What the report of a model adds to its assessment: with plan's flags, the hiring plan; when the
 * model has ranged estimates, their sensitivity and a simulation (simulate's flags and defaults:
 * 10,000 draws, seed 1).
 */
export function reportOptions(model: Model, args: CliArgs, io: CliIO): RenderReportOptions {
  const plan = planFor(model, args);
  const ranged = sensitivity(model);
  const uncertain = ranged.rows.length > 0;
  return {
    ...(args.vacancyRate === undefined ? {} : { vacancyRate: args.vacancyRate }),
    ...(uncertain ? { simulation: simulateReport(model, args, io).result as Simulation, sensitivity: ranged } : {}),
    ...(plan ? { plan } : {}),
  };
}
