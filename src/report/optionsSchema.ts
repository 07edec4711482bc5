/**
 * The schema of renderReport's options (checkOptions.ts uses it). A module of its own, built into a
 * file of its own with the part of zod it needs (tsup.config.ts), so that a bundle that does not draw
 * a report drops it and its zod.
 */
import * as z from 'zod/mini';

// zod 4 numbers are finite: NaN and Infinity fail as not numbers.
const finite = z.number({ error: 'must be a finite number' });
const text = z.string({ error: 'must be a string' });
const list = <T extends z.core.SomeType>(item: T) => z.array(item, { error: 'must be a list' });
const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape, { error: 'must be an object' });
const spread = object({ mean: finite, p5: finite, p50: finite, p95: finite });

/** The fields the report reads of each optional result; other fields are allowed and ignored. */
export const OptionsSchema = object({
  title: z.optional(text),
  vacancyRate: z.optional(z.number({ error: 'must be a number' })),
  simulation: z.optional(
    object({
      iterations: finite,
      confidence: z.optional(list(finite)),
      rows: list(
        object({
          office: text,
          docket: text,
          officers: finite,
          requiredOfficers: spread,
          officersForConfidence: z.optional(z.record(text, finite)),
          positionsToFund: z.optional(z.record(text, finite)),
        }),
      ),
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
