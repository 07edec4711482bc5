import { docketsOf } from '../model/lookup.js';
import { parseModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';
import { assess, type Assessment } from '../workload/assess.js';
import type { RenderReportOptions, ReportResult } from './types.js';

/** The model and assessment a report draws, and how offices are named in it. */
export interface ReportData {
  model: Model;
  assessment: Assessment;
  dockets: string[];
  /** The office's `name` where the model has one, else its id. */
  officeLabel(id: string): string;
}

/**
 * Parses the model and assesses it, or checks that the assessment given is of this model.
 *
 * @throws {ModelError} when the model does not parse
 * @throws {TypeError} `result.model is required: renderReport({ model, assessment? })`, or
 *   `result.assessment.rows[3].office: "x" is not an office of the model`
 */
export function reportData(result: ReportResult, options: RenderReportOptions): ReportData {
  if (result === null || typeof result !== 'object' || !('model' in result) || result.model === undefined) {
    throw new TypeError('result.model is required: renderReport({ model, assessment? })');
  }
  const model = parseModel(result.model);
  if (result.assessment !== undefined && options.vacancyRate !== undefined) {
    throw new TypeError('options.vacancyRate applies only when the report assesses the model; the assessment given already has its own');
  }
  const assessment = result.assessment ?? assess(model, options.vacancyRate === undefined ? {} : { vacancyRate: options.vacancyRate });
  const names = new Map(model.offices.map((office) => [office.id, office.name ?? office.id]));
  assessment.rows.forEach((row, i) => {
    if (!names.has(row.office)) throw new TypeError(`result.assessment.rows[${i}].office: "${row.office}" is not an office of the model`);
  });
  return { model, assessment, dockets: docketsOf(model), officeLabel: (id) => names.get(id) ?? id };
}
