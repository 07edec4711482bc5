import type { Library } from '../library.js';
import type { Model } from '../../model/types.js';
import { assessmentTable } from '../../output/assessmentTable.js';
import { formatWhole } from '../../output/numbers.js';
import { plural } from '../../internal/plural.js';
import { modelCommand } from '../command.js';
import { addVacancyRate, type VacancyOptions } from '../options.js';
import type { Report } from '../render.js';

/** The assessment as a report: the same for `assess` and `demo`. */
export function assessReport(lib: Library, model: Model, options: VacancyOptions): Report {
  const assessment = lib.assess(model, options.vacancyRate === undefined ? {} : { vacancyRate: options.vacancyRate });
  const weights = Object.entries(assessment.weights).map(([id, weight]) => `${id} ${weight.toFixed(2)} h`);
  return {
    title: assessment.name ?? 'Staffing assessment',
    summary: [
      `Case hours per officer a year: ${assessment.caseHours.toFixed(1)}. Hours per case a year: ${weights.join(', ') || 'no case types'}.`,
    ],
    table: () => assessmentTable(assessment),
    notes: unsourcedNote(assessment.unsourced),
    result: assessment,
    rows: assessment.rows,
  };
}

/** Inputs listed by name in the note; the rest are counted (all of them are in the JSON output's `unsourced`). */
export const UNSOURCED_LISTED = 20;

/** The note on inputs without a source: the first {@link UNSOURCED_LISTED} by path, the rest counted. */
export function unsourcedNote(unsourced: readonly string[]): string[] {
  if (unsourced.length === 0) return [];
  const listed = unsourced.slice(0, UNSOURCED_LISTED).join(', ');
  const rest = unsourced.length - UNSOURCED_LISTED;
  const more = rest > 0 ? ` and ${formatWhole(rest)} more (every path is in --format json's "unsourced")` : '';
  return [`No source given for ${plural(unsourced.length, 'input')}: ${listed}${more}`];
}

export const assess = modelCommand<VacancyOptions>({
  name: 'assess',
  summary: 'staffing needed against staff on board, per office and docket',
  description: 'The officers each office and docket needs for its workload (cases x hours per case), against the officers on board; then the inputs that have no source.',
  examples: [
    ['staffing-model assess model.json', 'an aligned table'],
    ['staffing-model assess model.json -o assessment.csv', 'the rows as CSV'],
    ['staffing-model assess models/ice-2016 --vacancy-rate 6/19', 'a spreadsheet folder; adds positions to fund'],
    ['staffing-model assess model.json --cases export.csv', 'case counts from an export'],
  ],
  configure: addVacancyRate,
  report: assessReport,
});
