import { Option, type Command } from 'commander';
import { formatLevel, formatTwoDecimals, formatWhole } from '../../output/numbers.js';
import { plural } from '../../internal/plural.js';
import { simulationTable } from '../../output/simulationTable.js';
import type { Model } from '../../model/types.js';
import type { Simulation } from '../../uncertainty/simulate.js';
import { modelCommand } from '../command.js';
import type { CliIO } from '../io.js';
import type { Library } from '../library.js';
import { addVacancyRate, givenOnce, wholeParser, type VacancyOptions } from '../options.js';
import { MAX_ITERATIONS } from '../../uncertainty/simulationSettings.js';
import { MAX_SEED } from '../../internal/seededSource.js';
import { progressBar } from '../progressBar.js';
import { parseRate } from '../windowPlanParsers.js';

/** How simulate draws: --iterations, --seed, --confidence. */
export interface DrawOptions {
  iterations: number;
  seed: number;
  confidence: number[];
}

interface SimulateOptions extends DrawOptions, VacancyOptions {}

/** What simulate draws when a flag is not given. */
export const DRAW_DEFAULTS: Readonly<DrawOptions> = { iterations: 10_000, seed: 1, confidence: [0.9] };

/** `0.9`, `90%` or a list `0.8,0.9,0.95`, each level once. Levels in (0, 1] are the library's to check. */
function parseLevels(text: string): number[] {
  const parts = text.split(',');
  return givenOnce(parts.map(parseRate), parts, 'level');
}

/**
 * --iterations, --seed and --confidence, with DRAW_DEFAULTS as commander defaults, or (`withDefaults`
 * false, for report, which draws only for a model with ranged estimates) without: a flag given then
 * shows as set.
 */
export function addDrawOptions(command: Command, withDefaults = true): Command {
  const { iterations, seed, confidence } = DRAW_DEFAULTS;
  // Without defaults in commander, the help says them in words.
  const shown = (value: string) => (withDefaults ? '' : ` (default: ${value})`);
  const options = [
    new Option('--iterations <n>', `draws, 2 to ${MAX_ITERATIONS}${shown(String(iterations))}`).argParser(wholeParser(2, MAX_ITERATIONS)),
    new Option('--seed <s>', `the seed: the same seed gives the same draws everywhere${shown(String(seed))}`).argParser(wholeParser(0, MAX_SEED)),
    new Option('--confidence <levels>', `confidence levels: 0.9, 90% or a list 0.8,0.9,0.95${shown(confidence.join(','))}`).argParser(parseLevels),
  ];
  if (withDefaults) {
    options[0]!.default(iterations);
    options[1]!.default(seed);
    options[2]!.default(confidence, confidence.join(','));
  }
  for (const option of options) command.addOption(option);
  return command;
}

/** The simulation, with a progress bar on stderr (a terminal) for a long run: for simulate and report. */
export function drawSimulation(lib: Library, model: Model, { iterations, seed, confidence, vacancyRate }: DrawOptions & VacancyOptions, io: CliIO): Simulation {
  const bar = progressBar(io, 'simulate');
  try {
    return lib.simulate(model, { iterations, seed, confidence, ...(vacancyRate === undefined ? {} : { vacancyRate }), onProgress: bar.onProgress });
  } finally {
    bar.done();
  }
}

export const simulateCommand = modelCommand<SimulateOptions>({
  name: 'simulate',
  summary: 'Monte Carlo over the ranged inputs: how sure the officers required are',
  description:
    'Draws every ranged input (docs/uncertainty.md) once per iteration, shared by every office, and gives per row the officers required (mean, p5-p95), the share of draws in which the officers on board suffice, and the officers needed to be sure at each confidence level.',
  examples: [
    ['staffing-model simulate model.json', '10,000 draws, seed 1, 90% confidence'],
    ['staffing-model simulate model.json --iterations 2000 --seed 7 --confidence 0.8,0.9,0.95 -o draws.csv', 'other levels, as CSV'],
  ],
  configure: (command) => addVacancyRate(addDrawOptions(command)),
  report(lib, model, options, io) {
    const { confidence } = options;
    const result = drawSimulation(lib, model, options, io);
    const { total } = result;
    const level = String(confidence.at(-1));
    return {
      title: `${result.name ?? 'Staffing'}: ${formatWhole(result.iterations)} draws of ${plural(result.uncertainInputs.length, 'ranged input')}, seed ${result.seed}`,
      summary: [
        `Officers required in all: ${formatTwoDecimals(total.requiredOfficers.mean)} on average, ${formatTwoDecimals(total.requiredOfficers.p5)} to ${formatTwoDecimals(total.requiredOfficers.p95)} in 90% of draws;` +
          ` ${formatWhole(total.recommendedOfficers)} at the means, ${formatWhole(total.officersForConfidence[level]!)} to be ${formatLevel(Number(level))} sure.`,
      ],
      table: () => simulationTable(result),
      notes: result.uncertainInputs.length === 0 ? ['The model has no ranged inputs: every draw is the same.'] : [],
      result,
      // Flat rows for CSV: each statistic a column of its own.
      rows: result.rows.map(({ requiredOfficers, officersForConfidence, positionsToFund, ...row }) => ({
        ...row,
        ...Object.fromEntries(Object.entries(requiredOfficers).map(([key, value]) => [`required_${key}`, value])),
        ...Object.fromEntries(Object.entries(officersForConfidence).map(([key, value]) => [`officers_${key}`, value])),
        ...Object.fromEntries(Object.entries(positionsToFund ?? {}).map(([key, value]) => [`positions_${key}`, value])),
      })),
    };
  },
});
