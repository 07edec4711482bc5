/**
 * The parsed model: what `parseModel` returns. Units are resolved to `Time` and `Frequency`, defaults
 * are filled in, and every reference between ids has been checked. Parsed models are frozen, and are
 * model inputs themselves (so are their spreads, structuredClones and JSON round trips).
 */
import type { Frequency, Time, TimedActivity, YearDeductions } from '../internal/hours.js';
import type { Range } from './range.js';

/** The officer year of the model or of one office, with defaults filled in. */
export interface OfficerYearSettings extends YearDeductions {
  readonly paidHours: number;
  readonly workdayHours: number;
  readonly holidays: Time;
  readonly leave: Time;
  readonly training: Time;
  readonly adminShare: number;
  readonly source?: string;
}

/**
 * A task on a case or a collateral duty: `time x timesPerYear x share` hours a year. A ranged time or
 * perYear is resolved to its mean here, and kept whole in `ranges` for `simulate` and `sensitivity`
 * (an input may give `ranges` back, as a parsed model holds it).
 */
export interface Activity extends TimedActivity {
  readonly name: string;
  readonly time: Time;
  readonly frequency: Frequency;
  readonly share: number;
  /** The ranges given: `time` in the unit of `time.unit`, `perYear` in times a year. */
  readonly ranges?: { readonly time?: Range; readonly perYear?: Range };
  readonly source?: string;
}

/** A task on a case; `window: true` when it is done at the office's check-in window. */
export interface Task extends Activity {
  readonly window?: true;
}

export interface CaseType {
  readonly id: string;
  readonly label?: string;
  readonly docket: string;
  /** 1 is the highest; absent: after every numbered priority. */
  readonly priority?: number;
  readonly tasks: readonly Task[];
  readonly source?: string;
}

export interface Office {
  readonly id: string;
  readonly name?: string;
  /** Officers on board per docket: a frozen record without inherited members (docs/model.md). */
  readonly officers: Readonly<Record<string, number>>;
  /** Cases per case-type id: a frozen record without inherited members (docs/model.md). */
  readonly cases: Readonly<Record<string, number>>;
  /** The office's overrides of the model's officer year, as given. */
  readonly officerYear?: Partial<OfficerYearSettings>;
  /** Duties this office carries on top of the model's. */
  readonly collateralDuties: readonly Activity[];
  readonly source?: string;
}

export interface Model {
  readonly name?: string;
  readonly officerYear: OfficerYearSettings;
  readonly collateralDuties: readonly Activity[];
  readonly caseTypes: readonly CaseType[];
  readonly offices: readonly Office[];
  readonly source?: string;
}

/** What every calculation takes: a parsed model, or a model input that it parses first. */
export type ModelLike = Model | import('./schema.js').ModelInput;
