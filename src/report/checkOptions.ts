import * as z from 'zod/mini';
import { formatPath } from '../model/ModelError.js';
import type { RenderReportOptions } from './types.js';

// zod 4 numbers are finite: NaN and Infinity fail as not numbers.
const finite = z.number({ error: 'must be a finite number' });
const text = z.string({ error: 'must be a string' });
const list = <T extends z.core.SomeType>(item: T) => z.array(item, { error: 'must be a list' });
const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape, { error: 'must be an object' });
const spread = object({ mean: finite, p5: finite, p50: finite, p95: finite });

/** The fields the report reads of each optional result; other fields are allowed and ignored. */
const OptionsSchema = object({
  title: z.optional(text),
  vacancyRate: z.optional(z.number({ error: 'must be a number' })),
  simulation: z.optional(
    object({
      iterations: finite,
      rows: list(object({ office: text, docket: text, officers: finite, requiredOfficers: spread })),
    }),
  ),
  sensitivity: z.optional(
    object({
      requiredOfficers: finite,
      rows: list(object({ path: text, name: text, requiredAtLow: finite, requiredAtHigh: finite, swing: finite })),
    }),
  ),
  plan: z.optional(
    object({
      hiresPerYear: z.optional(finite),
      gapClosesIn: z.optional(z.nullable(finite)),
      offices: z.optional(list(object({ year: finite, office: text, docket: text, hires: finite }))),
      rows: list(
        object({ year: finite, cases: finite, requiredOfficers: finite, officers: finite, inTraining: finite, hires: finite, separations: finite, gap: finite }),
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
