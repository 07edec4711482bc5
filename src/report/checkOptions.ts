import { formatPath } from '../model/ModelError.js';
import { OptionsSchema } from './optionsSchema.js';
import type { RenderReportOptions } from './types.js';

/**
 * Checks the report's options once, at the edge, so a wrong shape is an error naming its field
 * rather than a broken chart.
 *
 * @throws {TypeError} `options.simulation.rows[3].requiredOfficers.p95: must be a finite number`
 */
export function checkOptions(options: unknown): RenderReportOptions {
  const result = OptionsSchema.safeParse(options ?? {});
  if (result.success) return options as RenderReportOptions;
  const lines = result.error.issues.map((issue) => `${formatPath(['options', ...(issue.path as (string | number)[])])}: ${issue.message}`);
  throw new TypeError(lines.join('\n'));
}
