/**
 * The arithmetic of the weighted-caseload method, below every layer: `parseModel` uses it to refuse
 * models whose case hours are not positive or whose figures overflow, and the workload calculations
 * use it to compute. It knows resolved quantities only (no units as text, no model structure).
 * Sums are correctly rounded (`fsum`, Shewchuk): the exact sum rounded once, whatever the order of terms.
 */
import { fsum } from './fsum.js';

/** Officer time, resolved to hours against an officer year's `workdayHours`. */
export interface Time {
  /** How much, in `unit`s. */
  readonly amount: number;
  /** `hour`, or `workday` (read against the officer year's `workdayHours`). */
  readonly unit: 'hour' | 'workday';
}

/** How often a task or duty happens: times a calendar year, or times a workday of the work year. */
export type Frequency =
  | {
      /** Times a calendar year. */
      readonly perYear: number;
    }
  | {
      /** Times a workday of the work year (`paidHours / workdayHours` workdays). */
      readonly perWorkday: number;
    };

/** The parts of an officer year that units are read against. */
export interface WorkYear {
  readonly paidHours: number;
  readonly workdayHours: number;
}

/** What `officerYearOf` reads: a work year and what is deducted from it. */
export interface YearDeductions extends WorkYear {
  readonly holidays: Time;
  readonly leave: Time;
  readonly training: Time;
  readonly adminShare: number;
}

/** A task on a case or a collateral duty: `time x timesPerYear x share` hours a year. */
export interface TimedActivity {
  readonly time: Time;
  readonly frequency: Frequency;
  readonly share: number;
}

/**
 * Officer time in hours, reading workdays against the officer year's `workdayHours`.
 *
 * @example
 * timeHours({ amount: 3, unit: 'workday' }, { paidHours: 2080, workdayHours: 8 }) // => 24
 */
export function timeHours(time: Time, year: WorkYear): number {
  return time.unit === 'hour' ? time.amount : time.amount * year.workdayHours;
}

/**
 * Times a year something happens. A work year has `paidHours / workdayHours` workdays (260 by default).
 *
 * @example
 * timesPerYear({ perWorkday: 1 }, { paidHours: 2080, workdayHours: 8 }) // => 260
 */
export function timesPerYear(frequency: Frequency, year: WorkYear): number {
  return 'perYear' in frequency ? frequency.perYear : (frequency.perWorkday * year.paidHours) / year.workdayHours;
}

/** Hours a year of one task per case, or one duty per officer: time x timesPerYear x share. */
export function activityHours(activity: TimedActivity, year: WorkYear): number {
  return timeHours(activity.time, year) * timesPerYear(activity.frequency, year) * activity.share;
}

/** Sum of `activityHours` over a list. */
export function activitiesHours(activities: readonly TimedActivity[], year: WorkYear): number {
  return fsum(activities.map((activity) => activityHours(activity, year)));
}

/** Where one officer's paid hours go in a year. All values are hours. */
export interface OfficerYear {
  /** Paid hours a year. */
  paidHours: number;
  /** Hours of holidays. */
  holidays: number;
  /** Hours of leave taken. */
  leave: number;
  /** Hours of training. */
  training: number;
  /** Hours of collateral duties: sum over duties of time x timesPerYear x share. */
  collateralHours: number;
  /** Hours of administration: adminShare of what is left after the deductions above. */
  adminHours: number;
  /** Hours left for cases: (paidHours - holidays - leave - training - collateralHours) x (1 - adminShare). */
  caseHours: number;
}

/**
 * caseHours = (paidHours - holidays - leave - training - collateralHours) x (1 - adminShare);
 * adminHours is the rest of that remainder. Not checked for sign: `parseModel` does that.
 *
 * @example
 * // (2080 - 88 - 160) x 0.9 = 1648.8
 * officerYearOf({ paidHours: 2080, workdayHours: 8, holidays: { amount: 11, unit: 'workday' },
 *   leave: { amount: 160, unit: 'hour' }, training: { amount: 0, unit: 'hour' }, adminShare: 0.1 }, []).caseHours
 * // => 1648.8
 */
export function officerYearOf(settings: YearDeductions, duties: readonly TimedActivity[]): OfficerYear {
  const holidays = timeHours(settings.holidays, settings);
  const leave = timeHours(settings.leave, settings);
  const training = timeHours(settings.training, settings);
  const collateralHours = activitiesHours(duties, settings);
  const remaining = settings.paidHours - holidays - leave - training - collateralHours;
  const caseHours = remaining * (1 - settings.adminShare);
  return {
    paidHours: settings.paidHours,
    holidays,
    leave,
    training,
    collateralHours,
    adminHours: remaining - caseHours,
    caseHours,
  };
}
