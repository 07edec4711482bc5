import { allocateHires } from '../allocation/allocateHires.js';
import { allocateOfficers } from '../allocation/allocateOfficers.js';
import { coverage } from '../allocation/coverage.js';
import type { Model } from '../model/types.js';
import { allocationTable, coverageTable, hirePlanTable } from '../output/allocationTables.js';
import { assessmentTable } from '../output/assessmentTable.js';
import { formatPercent } from '../output/numbers.js';
import { assess } from '../workload/assess.js';
import type { CliArgs } from './args.js';
import { planReport } from './planReport.js';
import type { Report } from './render.js';
import type { CliIO } from './run.js';
import { sensitivityReport, simulateReport } from './uncertaintyReports.js';
import { windowReport } from './windowReport.js';

const percent = (value: number | null) => (value === null ? 'unbounded (a docket with cases has no officer)' : formatPercent(value));

export function assessReport(model: Model, args: CliArgs): Report {
  const assessment = assess(model, args.vacancyRate === undefined ? {} : { vacancyRate: args.vacancyRate });
  const weights = Object.entries(assessment.weights).map(([id, weight]) => `${id} ${weight.toFixed(2)} h`);
  return {
    title: assessment.name ?? 'Staffing assessment',
    summary: [
      `Case hours per officer a year: ${assessment.caseHours.toFixed(1)}. Hours per case a year: ${weights.join(', ') || 'no case types'}.`,
    ],
    table: assessmentTable(assessment),
    notes:
      assessment.unsourced.length > 0
        ? [`No source given for ${assessment.unsourced.length} input(s): ${assessment.unsourced.join(', ')}`]
        : [],
    result: assessment,
    rows: assessment.rows,
  };
}

export function allocateReport(model: Model, args: CliArgs): Report {
  const total = args.officers!;
  const method = args.method ?? 'huntington-hill';
  const allocation = allocateOfficers(model, total, { method });
  return {
    title: `${total} officers allocated by workload (${method})`,
    summary: [`Utilization from ${percent(allocation.minUtilization)} to ${percent(allocation.maxUtilization)}.`],
    table: allocationTable(allocation),
    notes: [],
    result: allocation,
    rows: allocation.rows,
  };
}

export function hireReport(model: Model, args: CliArgs): Report {
  const hires = args.hires!;
  const plan = allocateHires(model, hires);
  return {
    title: `${hires} hires where utilization is highest`,
    summary: [`Highest utilization: ${percent(plan.maxUtilizationBefore)} before, ${percent(plan.maxUtilizationAfter)} after.`],
    table: hirePlanTable(plan),
    notes: [],
    result: plan,
    rows: plan.rows,
  };
}

export function coverageReport(model: Model): Report {
  const result = coverage(model);
  const uncovered = result.rows.reduce((sum, row) => sum + row.uncoveredHours, 0);
  return {
    title: 'Coverage by priority at today\'s staffing',
    summary: [`Case hours needed and not available: ${Math.round(uncovered).toLocaleString('en-US')} a year.`],
    table: coverageTable(result),
    notes: [],
    result,
    rows: result.rows,
  };
}

/** A command that takes a model file, and the option it cannot do without. */
export interface ModelCommand {
  needs?: 'officers' | 'hires';
  /** `io` for what a command shows while it runs (simulate's progress bar). */
  build(model: Model, args: CliArgs, io: CliIO): Report;
}

/** The commands that take a model, by name. */
export const MODEL_COMMANDS: Record<string, ModelCommand> = {
  assess: { build: assessReport },
  allocate: { needs: 'officers', build: allocateReport },
  hire: { needs: 'hires', build: hireReport },
  coverage: { build: coverageReport },
  window: { build: (model, args) => windowReport(model, args.raw) },
  plan: { build: (model, args) => planReport(model, args.raw, args.vacancyRate) },
  simulate: { build: simulateReport },
  sensitivity: { build: sensitivityReport },
};

