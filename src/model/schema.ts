/**
 * The shape of a model input. This schema checks shapes and ranges only; what needs the whole model
 * (units, references between ids, duplicates, positive case hours) is checked in `parseModel`.
 * Built on `zod/mini` to keep the browser bundle small.
 */
import * as z from 'zod/mini';
import { rangeSchema } from './range.js';

const text = z.string().check(z.minLength(1));

const source = z.optional(
  z.string().check(
    z.describe(
      'Where the numbers come from: a time study, an expert panel, a policy, or "assumption: ..." with the reasoning.',
    ),
  ),
);

const id = text.check(
  z.refine((value) => value !== '__proto__', '"__proto__" cannot be used as a key or id'),
  z.describe('An identifier: any non-empty string except "__proto__".'),
);

const nonNegative = z.number().check(z.gte(0));

/** Officer time: hours as a number, or a string with a unit (`"20 min"`, `"3 workdays"`). */
const TimeSchema = z.union([nonNegative, text]).check(
  z.describe(
    'Officer time: a number of hours, or a string with a unit: s, min, h/hour, workday, workweek (plurals allowed).',
  ),
);

/** How often: a string with a calendar unit (`"90 days"`) or a work unit (`"1 workweek"`). */
const IntervalSchema = text.check(
  z.describe(
    'How often: a string with a unit. day, week, month, year count against a 365.25-day year; workday and workweek against the work year.',
  ),
);

const share = z.number().check(z.gte(0), z.lte(1));

/** A task's or duty's time: officer time, or a range of it. */
const ActivityTimeSchema = z.union([TimeSchema, rangeSchema(TimeSchema, 'officer time, each bound as for a time')]);

/** A task on a case, or a collateral duty of an officer: time x times a year x share. */
const ActivitySchema = z.strictObject({
  name: text,
  time: ActivityTimeSchema,
  perYear: z.optional(
    z.union([
      nonNegative.check(z.describe('Times a year. Give this or `every`, not both.')),
      rangeSchema(nonNegative, 'times a year (give this or `every`, not both)'),
    ]),
  ),
  every: z.optional(IntervalSchema),
  share: z.optional(
    share.check(z.describe('Share of cases that need the task, or of officers that carry the duty. Default 1.')),
  ),
  source,
});

/** A task on a case: an activity that may be done at the office's check-in window. */
const TaskSchema = z.extend(ActivitySchema, {
  window: z.optional(
    z.boolean().check(
      z.describe('True for a task done at the check-in window (window duty): its arrivals size the window as a queue (windowDuty). Default false.'),
    ),
  ),
});

const OfficerYearSchema = z.strictObject({
  paidHours: z.optional(z.number().check(z.gt(0), z.describe('Paid hours a year. Default 2080.'))),
  workdayHours: z.optional(
    z.number().check(z.gt(0), z.lte(24), z.describe('Hours in a workday. Default 8.')),
  ),
  holidays: z.optional(TimeSchema),
  leave: z.optional(TimeSchema),
  training: z.optional(TimeSchema),
  adminShare: z.optional(
    z
      .number()
      .check(
        z.gte(0),
        z.lt(1),
        z.describe('Share of the time left after the deductions above spent on non-case work. Default 0.'),
      ),
  ),
  source,
});

const CaseTypeSchema = z.strictObject({
  id,
  label: z.optional(z.string()),
  docket: id.check(z.describe('The docket the case type belongs to, such as "non-detained".')),
  priority: z.optional(
    z.int().check(z.gte(1), z.describe('1 is the highest. Case hours go to higher priorities first (coverage). Default: none, after every numbered priority.')),
  ),
  tasks: z.array(TaskSchema).check(z.minLength(1)),
  source,
});

const OfficeSchema = z.strictObject({
  id,
  name: z.optional(z.string()),
  officers: z.optional(
    z.record(z.string(), nonNegative).check(z.describe('Officers on board per docket; may be fractional (FTE).')),
  ),
  cases: z.optional(
    z
      .record(z.string(), z.int().check(z.gte(0)))
      .check(z.describe('Cases per case-type id: whole numbers.')),
  ),
  officerYear: z.optional(OfficerYearSchema.check(z.describe("This office's overrides of the model's officer year."))),
  collateralDuties: z.optional(
    z.array(ActivitySchema).check(z.describe("Duties this office carries on top of the model's.")),
  ),
  source,
});

/**
 * The zod schema of a model input (a plain object or parsed JSON).
 *
 * @example
 * ModelSchema.safeParse({ caseTypes: [] }).success // => true
 */
export const ModelSchema = z.strictObject({
  name: z.optional(z.string()),
  officerYear: z.optional(OfficerYearSchema),
  collateralDuties: z.optional(z.array(ActivitySchema)),
  caseTypes: z.optional(z.array(CaseTypeSchema)),
  offices: z.optional(z.array(OfficeSchema)),
  source,
});

/** A model input as written: the type of a JSON model file. */
export type ModelInput = z.input<typeof ModelSchema>;
/** A task or duty as written. */
export type ActivityInput = z.input<typeof ActivitySchema>;
/** A case task as written: an activity, with `window: true` for check-ins at the window. */
export type TaskInput = z.input<typeof TaskSchema>;
/** An officer year as written. */
export type OfficerYearInput = z.input<typeof OfficerYearSchema>;
/** Officer time as written: hours, or a string with a unit. */
export type TimeInput = z.input<typeof TimeSchema>;
