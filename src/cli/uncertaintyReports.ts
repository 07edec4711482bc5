import type { Model } from '../model/types.js';
import { formatPercent, formatTwoDecimals, formatWhole } from '../output/numbers.js';
import { sensitivityTable } from '../output/sensitivityTable.js';
import { simulationTable } from '../output/simulationTable.js';
import { sensitivity } from '../uncertainty/sensitivity.js';
import { simulate } from '../uncertainty/simulate.js';
import type { CliArgs } from './args.js';
import { progressBar } from './progressBar.js';
import type { Report } from './render.js';
import type { CliIO } from './run.js';
import { simulateFlags } from './uncertaintyOptions.js';
import { inFlagWords } from './windowPlanOptions.js';

/** `staffing-model simulate MODEL [--iterations N] [--seed S] [--confidence 0.9] [--vacancy-rate R]` */
export function simulateReport(model: Model, args: CliArgs, io: CliIO): Report {
  const flags = simulateFlags(args.raw);
  const bar = progressBar(io, 'simulate');
  let result;
  try {
    const vacancy = args.vacancyRate === undefined ? {} : { vacancyRate: args.vacancyRate };
    result = inFlagWords(() => simulate(model, { ...flags, ...vacancy, onProgress: bar.onProgress }));
  } finally {
    bar.done();
  }
  const { total } = result;
  const level = String(flags.confidence.at(-1));
  return {
    title: `${result.name ?? 'Staffing'}: ${formatWhole(result.iterations)} draws of ${result.uncertainInputs.length} ranged input(s), seed ${result.seed}`,
    summary: [
      `Officers required in all: ${formatTwoDecimals(total.requiredOfficers.mean)} on average, ${formatTwoDecimals(total.requiredOfficers.p5)} to ${formatTwoDecimals(total.requiredOfficers.p95)} in 90% of draws;` +
        ` ${formatWhole(total.recommendedOfficers)} at the means, ${formatWhole(total.officersForConfidence[level]!)} to be ${formatPercent(Number(level))} sure.`,
    ],
    table: simulationTable(result),
    notes: result.uncertainInputs.length === 0 ? ['The model has no ranged inputs: every draw is the same.'] : [],
    result,
    rows: result.rows.map(({ requiredOfficers, officersForConfidence, positionsToFund, ...row }) => ({
      ...row,
      ...Object.fromEntries(Object.entries(requiredOfficers).map(([key, value]) => [`required_${key}`, value])),
      ...Object.fromEntries(Object.entries(officersForConfidence).map(([key, value]) => [`officers_${key}`, value])),
      ...Object.fromEntries(Object.entries(positionsToFund ?? {}).map(([key, value]) => [`positions_${key}`, value])),
    })),
  };
}

/** `staffing-model sensitivity MODEL`: the tornado chart's rows. */
export function sensitivityReport(model: Model): Report {
  const result = sensitivity(model);
  return {
    title: 'Sensitivity: each ranged input at its low and high, the others at their means',
    summary: [`Officers required in all at the means: ${formatTwoDecimals(result.requiredOfficers)}.`],
    table: sensitivityTable(result),
    notes: result.rows.length === 0 ? ['The model has no ranged inputs.'] : [],
    result,
    rows: result.rows.map(({ range, ...row }) => ({ ...row, dist: range.dist, low: range.low, mode: range.mode, high: range.high })),
  };
}
