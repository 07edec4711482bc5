/**
 * The parsed model: what `parseModel` returns. Units are resolved to `Time` and `Frequency`, defaults
 * are filled in, and every reference between ids has been checked. Parsed models are frozen, and are
 * model inputs themselves (so are their spreads, structuredClones and JSON round trips).
 */
import type { Frequency, Time, TimedActivity, YearDeductions } from '../internal/hours.js';
import type { Range } from './range.js';

/** The officer year of the model or of one office, with defaults filled in. */
export interface OfficerYearSettings extends YearDeductions {
  /** Paid hours a year (default 2080). */
  readonly paidHours: number;
  /** Hours in a workday (default 8): what `workday` units are read as. */
  readonly workdayHours: number;
  /** Holidays a year (default 0). */
  readonly holidays: Time;
  /** Leave taken a year (default 0). */
  readonly leave: Time;
  /** Training a year (default 0). */
  readonly training: Time;
  /** Share of the rest spent on non-case work, in [0, 1) (default 0). */
  readonly adminShare: number;
  /** Where these numbers come from. */
  readonly source?: string;
}

/**
 * A task on a case or a collateral duty: `time x timesPerYear x share` hours a year. A ranged time or
 * perYear is resolved to its mean here, and kept whole in `ranges` for `simulate` and `sensitivity`
 * (an input may give `ranges` back, as a parsed model holds it).
 */
export interface Activity extends TimedActivity {
  /** The task's or duty's name. */
  readonly name: string;
  /** Officer time each time it is done (a range's mean when ranged). */
  readonly time: Time;
  /** How often: times a year, or times a workday of the work year. */
  readonly frequency: Frequency;
  /** Share of cases that need the task, or of officers that carry the duty, in [0, 1]. */
  readonly share: number;
  /** The ranges given: `time` in the unit of `time.unit`, `perYear` in times a year. */
  readonly ranges?: {
    /** The time's range, in the unit of `time.unit`. */
    readonly time?: Range;
    /** The times a year's range. */
    readonly perYear?: Range;
  };
  /** Where its numbers come from. */
  readonly source?: string;
}

/** A task on a case; `window: true` when it is done at the office's check-in window. */
export interface Task extends Activity {
  /** True for a task done at the check-in window (`windowDuty` sizes the window from these). */
  readonly window?: true;
}

/** A kind of case, its docket and the tasks one case needs a year. */
export interface CaseType {
  /** The case type's id, as offices' `cases` name it. */
  readonly id: string;
  /** A name for people. */
  readonly label?: string;
  /** The docket its cases are on (officers are counted per docket). */
  readonly docket: string;
  /** 1 is the highest; absent: after every numbered priority. */
  readonly priority?: number;
  /** The tasks a case needs: its weight is their hours a year. */
  readonly tasks: readonly Task[];
  /** Where its numbers come from (covers its tasks). */
  readonly source?: string;
}

/** A field office: its officers per docket, its cases per case type, and its own officer year and duties. */
export interface Office {
  /** The office's id. */
  readonly id: string;
  /** A name for people, such as `Washington, DC` (reports show it). */
  readonly name?: string;
  /** Officers on board per docket: a frozen record without inherited members (docs/model.md). */
  readonly officers: Readonly<Record<string, number>>;
  /** Cases per case-type id: a frozen record without inherited members (docs/model.md). */
  readonly cases: Readonly<Record<string, number>>;
  /** The office's overrides of the model's officer year, as given. */
  readonly officerYear?: Partial<OfficerYearSettings>;
  /** Duties this office carries on top of the model's. */
  readonly collateralDuties: readonly Activity[];
  /** Where its numbers come from. */
  readonly source?: string;
}

/** A parsed model: what `parseModel` returns, frozen, units resolved and defaults filled in. */
export interface Model {
  /** The model's name. */
  readonly name?: string;
  /** The officer year every office has unless it overrides it. */
  readonly officerYear: OfficerYearSettings;
  /** Duties every officer carries. */
  readonly collateralDuties: readonly Activity[];
  /** The kinds of case, with their tasks. */
  readonly caseTypes: readonly CaseType[];
  /** The field offices. */
  readonly offices: readonly Office[];
  /** Where the numbers come from (covers everything in the model). */
  readonly source?: string;
}

/** What every calculation takes: a parsed model, or a model input that it parses first. */
export type ModelLike = Model | import('./schema.js').ModelInput;
