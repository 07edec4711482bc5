import * as z from 'zod/mini';
import { formatPath } from '../model/ModelError.js';
import type { RenderReportOptions } from './types.js';

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const spread = z.looseObject({ mean: finite, p5: finite, p50: finite, p95: finite });

/** The fields the report reads of each optional result; other fields are allowed and ignored. */
const OptionsSchema = z.looseObject({
  title: z.optional(z.string()),
  vacancyRate: z.optional(z.number()),
  simulation: z.optional(
    z.looseObject({
      iterations: finite,
      rows: z.array(z.looseObject({ office: z.string(), docket: z.string(), officers: finite, requiredOfficers: spread })),
    }),
  ),
  sensitivity: z.optional(
    z.looseObject({
      requiredOfficers: finite,
      rows: z.array(z.looseObject({ path: z.string(), name: z.string(), requiredAtLow: finite, requiredAtHigh: finite, swing: finite })),
    }),
  ),
  plan: z.optional(
    z.looseObject({
      rows: z.array(
        z.looseObject({ year: finite, cases: finite, requiredOfficers: finite, officers: finite, inTraining: finite, hires: finite, separations: finite, gap: finite }),
      ),
    }),
  ),
});

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
