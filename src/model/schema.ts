/**
 * The shape of a model input. This schema checks shapes and ranges only; what needs the whole model
 * (units, references between ids, duplicates, positive case hours, figures that overflow) is checked
 * in `parseModel`. Built on `zod/mini` to keep the browser bundle small.
 *
 * A parsed model is itself a valid input (so are its spreads, `structuredClone` and JSON round trip):
 * officer time may be the resolved `{ amount, unit }` and an activity's frequency the resolved
 * `frequency: { perYear }` or `{ perWorkday }`.
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

/** The hours in a leap year: no officer is paid for more. */
export const HOURS_IN_A_YEAR = 366 * 24;

/** Officer time as `parseModel` resolves it: what a parsed model holds. */
const ResolvedTimeSchema = z.strictObject({
  /** How much, in `unit`s. */
  amount: nonNegative,
  /** `hour`, or `workday` (read against `workdayHours`). */
  unit: z.enum(['hour', 'workday']),
});

/** Officer time: hours as a number, a string with a unit (`"20 min"`, `"3 workdays"`), or resolved. */
const TimeSchema = z.union([nonNegative, text, ResolvedTimeSchema]).check(
  z.describe(
    'Officer time: a number of hours, or a string with a unit, in any case: s, sec(s), second(s); min(s), minute(s); h, hr(s), hour(s); workday(s); workweek(s). ' +
      'A parsed model holds it resolved, as { amount, unit: "hour" | "workday" }, which is accepted too.',
  ),
);

/** How often: a string with a calendar unit (`"90 days"`), a work unit (`"1 workweek"`) or a word (`"monthly"`). */
const IntervalSchema = text.check(
  z.describe(
    'How often: a string with a unit, in any case. day(s); wk(s), week(s); mo(s), month(s); yr(s), year(s) count against a 365.25-day year, by length ' +
      '("48 hours" is 2 days); workday and workweek against the work year; or weekly, monthly, quarterly, yearly, annually. ' +
      'Intervals shorter than a day are refused: give perYear.',
  ),
);

/** How often, as `parseModel` resolves it: what a parsed model's activities hold. */
const FrequencySchema = z.strictObject({
  /** Times a calendar year. */
  perYear: z.optional(nonNegative),
  /** Times a workday of the work year (at most 1). */
  perWorkday: z.optional(z.number().check(z.gt(0), z.lte(1))),
});

const share = z.number().check(z.gte(0), z.lte(1));

/** A task's or duty's time: officer time, or a range of it (one union, so errors come from the branch that fits). */
const ActivityTimeSchema = z.union([
  nonNegative,
  text,
  ResolvedTimeSchema,
  rangeSchema(TimeSchema, 'officer time, each bound as for a time'),
]).check(z.describe('Officer time as for a time (hours, a string with a unit, or resolved), or a range of it.'));

/** A parsed range: bounds as numbers in one unit. */
const ParsedRangeSchema = (what: string) => rangeSchema(nonNegative, what);

/** The ranges of a parsed activity, given back as input: restored as they are, checked against `time` and `frequency`. */
const RangesSchema = z.strictObject({
  /** The time's range, in the unit of the resolved time. */
  time: z.optional(ParsedRangeSchema('officer time in the unit of the resolved `time` (hour or workday)')),
  /** The times a year's range. */
  perYear: z.optional(ParsedRangeSchema('times a year')),
});

/** A task on a case, or a collateral duty of an officer: time x times a year x share. */
const ActivitySchema = z.strictObject({
  /** The task's or duty's name. */
  name: text,
  /** Officer time each time it is done: hours, a string with a unit (`"20 min"`), or a range `{ low, mode, high }`. */
  time: ActivityTimeSchema,
  /** Times a year (a number or a range); give this, `every` or `frequency`. */
  perYear: z.optional(
    z.union([
      nonNegative.check(z.describe('Times a year. Give this, `every` or `frequency`, one of them.')),
      rangeSchema(nonNegative, 'times a year (give this, `every` or `frequency`, one of them)'),
    ]),
  ),
  /** How often, as an interval: `"90 days"`, `"1 workweek"`, `"monthly"`. */
  every: z.optional(IntervalSchema),
  /** How often, resolved, as a parsed model holds it: `{ perYear }` or `{ perWorkday }`. */
  frequency: z.optional(
    FrequencySchema.check(z.describe('Resolved frequency, as a parsed model holds it: { perYear } or { perWorkday } (at most 1).')),
  ),
  /** Share of cases that need the task, or of officers that carry the duty, in [0, 1]. Default 1. */
  share: z.optional(
    share.check(z.describe('Share of cases that need the task, or of officers that carry the duty. Default 1.')),
  ),
  /** Ranges as a parsed model holds them. */
  ranges: z.optional(
    RangesSchema.check(
      z.describe(
        'Ranges as a parsed model holds them: time in the unit of the resolved time, perYear in times a year. ' +
          'Each range\'s mean must equal the time\'s amount or frequency.perYear (or perYear) given beside it.',
      ),
    ),
  ),
  /** Where its numbers come from: a time study, an expert panel, a policy, or "assumption: ..." with the reasoning. */
  source,
});

/** A task on a case: an activity that may be done at the office's check-in window. */
const TaskSchema = z.extend(ActivitySchema, {
  /** True for a task done at the check-in window (`windowDuty`). Default false. */
  window: z.optional(
    z.boolean().check(
      z.describe('True for a task done at the check-in window (window duty): its arrivals size the window as a queue (windowDuty). Default false.'),
    ),
  ),
});

const OfficerYearSchema = z.strictObject({
  /** Paid hours a year, at most 8784 (a leap year). Default 2080. */
  paidHours: z.optional(
    z.number().check(z.gt(0), z.lte(HOURS_IN_A_YEAR), z.describe('Paid hours a year, at most 8784 (a leap year). Default 2080.')),
  ),
  /** Hours in a workday. Default 8. */
  workdayHours: z.optional(
    z.number().check(z.gt(0), z.lte(24), z.describe('Hours in a workday. Default 8.')),
  ),
  /** Holidays a year: officer time, such as `"10 workdays"`. Default 0. */
  holidays: z.optional(TimeSchema),
  /** Leave taken a year: officer time. Default 0. */
  leave: z.optional(TimeSchema),
  /** Training a year: officer time. Default 0. */
  training: z.optional(TimeSchema),
  /** Share of the time left after the deductions spent on non-case work, in [0, 1). Default 0. */
  adminShare: z.optional(
    z
      .number()
      .check(
        z.gte(0),
        z.lt(1),
        z.describe('Share of the time left after the deductions above spent on non-case work. Default 0.'),
      ),
  ),
  /** Where these numbers come from. */
  source,
});

const CaseTypeSchema = z.strictObject({
  /** The case type's id, as offices' `cases` name it. */
  id,
  /** A name for people. */
  label: z.optional(z.string()),
  /** The docket its cases are on, such as `"non-detained"`. */
  docket: id.check(z.describe('The docket the case type belongs to, such as "non-detained".')),
  /** 1 is the highest; case hours go to higher priorities first (`coverage`). */
  priority: z.optional(
    z.int().check(z.gte(1), z.describe('1 is the highest. Case hours go to higher priorities first (coverage). Default: none, after every numbered priority.')),
  ),
  /** The tasks one case needs: its weight is their hours a year. */
  tasks: z.array(TaskSchema).check(z.minLength(1)),
  /** Where its numbers come from (covers its tasks). */
  source,
});

/** Officers on board per docket; `parseModel` checks these with `readCounts` (same rules and messages). */
export const OfficersSchema = z
  .record(z.string(), nonNegative)
  .check(z.describe('Officers on board per docket; may be fractional (FTE).'));

/** Cases per case-type id; `parseModel` checks these with `readCounts` (same rules and messages). */
export const CasesSchema = z.record(z.string(), z.int().check(z.gte(0))).check(z.describe('Cases per case-type id: whole numbers.'));

const officeFields = {
  /** The office's id. */
  id,
  /** A name for people, such as `"Washington, DC"`. */
  name: z.optional(z.string()),
  /** This office's overrides of the model's officer year. */
  officerYear: z.optional(OfficerYearSchema.check(z.describe("This office's overrides of the model's officer year."))),
  /** Duties this office carries on top of the model's. */
  collateralDuties: z.optional(
    z.array(ActivitySchema).check(z.describe("Duties this office carries on top of the model's.")),
  ),
  /** Where its numbers come from. */
  source,
};

const modelFields = {
  /** A JSON Schema for editors. Ignored. */
  $schema: z.optional(z.string().check(z.describe('A JSON Schema for editors, such as this one. Ignored.'))),
  /** The model's name. */
  name: z.optional(z.string()),
  /** The officer year of every office that does not override it. */
  officerYear: z.optional(OfficerYearSchema),
  /** Duties every officer carries. */
  collateralDuties: z.optional(z.array(ActivitySchema)),
  /** The kinds of case, with their tasks. */
  caseTypes: z.optional(z.array(CaseTypeSchema)),
  /** Where the numbers come from (covers everything in the model). */
  source,
};

/**
 * The zod schema of a model input (a plain object or parsed JSON).
 *
 * @example
 * ModelSchema.safeParse({ caseTypes: [] }).success // => true
 */
export const ModelSchema = z.strictObject({
  ...modelFields,
  /** The field offices. */
  offices: z.optional(
    z.array(
      z.strictObject({
        ...officeFields,
        /** Officers on board per docket; may be fractional (FTE). */
        officers: z.optional(OfficersSchema),
        /** Cases per case-type id: whole numbers. */
        cases: z.optional(CasesSchema),
      }),
    ),
  ),
});

/**
 * `ModelSchema` without the checks of offices' `officers` and `cases`, which `parseModel` makes in
 * one loop per record (`readCounts`): zod's record parsing was half the cost of parsing a model of
 * 1,000 offices x 50 case types. Not part of the public API.
 */
export const OfficesShapeSchema = z.array(z.strictObject({ ...officeFields, officers: z.optional(z.unknown()), cases: z.optional(z.unknown()) }));
export const ModelShapeSchema = z.strictObject({ ...modelFields, offices: z.optional(OfficesShapeSchema) });

/** A model input as written: the type of a JSON model file. */
export type ModelInput = z.input<typeof ModelSchema>;
/** What `ModelShapeSchema` accepts: a model input whose offices' counts are not checked yet. */
export type ModelShape = z.output<typeof ModelShapeSchema>;
/** A task or duty as written. */
export type ActivityInput = z.input<typeof ActivitySchema>;
/** A case task as written: an activity, with `window: true` for check-ins at the window. */
export type TaskInput = z.input<typeof TaskSchema>;
/** An officer year as written. */
export type OfficerYearInput = z.input<typeof OfficerYearSchema>;
/** Officer time as written: hours, a string with a unit, or resolved. */
export type TimeInput = z.input<typeof TimeSchema>;
/** A parsed activity's `ranges` given back as input. */
export type RangesInput = z.input<typeof RangesSchema>;
