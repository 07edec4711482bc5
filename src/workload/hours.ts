/**
 * The arithmetic of the weighted-caseload method on a parsed model, shared by `parseModel` (which
 * refuses models whose case hours are not positive) and the public calculations.
 * Sums use simple-statistics' compensated `sum`, so national totals do not drift with row order.
 */
import { sum } from 'simple-statistics';
import type { Activity, Model, Office, OfficerYearSettings } from '../model/types.js';
import { timeHours, timesPerYear, type WorkYear } from '../model/units.js';

/** Hours a year of one task per case, or one duty per officer: time x timesPerYear x share. */
export function activityHours(activity: Activity, year: WorkYear): number {
  return timeHours(activity.time, year) * timesPerYear(activity.frequency, year) * activity.share;
}

/** Sum of `activityHours` over a list. */
export function activitiesHours(activities: readonly Activity[], year: WorkYear): number {
  return activities.length === 0 ? 0 : sum(activities.map((activity) => activityHours(activity, year)));
}

/** The officer year that applies to an office: its own fields over the model's. */
export function yearSettings(model: Model, office?: Office): OfficerYearSettings {
  return office?.officerYear ? { ...model.officerYear, ...office.officerYear } : model.officerYear;
}

/** The collateral duties an office's officers carry: the model's, then the office's own. */
export function dutiesOf(model: Model, office?: Office): readonly Activity[] {
  return office && office.collateralDuties.length > 0
    ? [...model.collateralDuties, ...office.collateralDuties]
    : model.collateralDuties;
}

/** Where one officer's paid hours go in a year. All values are hours. */
export interface OfficerYear {
  paidHours: number;
  holidays: number;
  leave: number;
  training: number;
  collateralHours: number;
  adminHours: number;
  caseHours: number;
}

/**
 * caseHours = (paidHours - holidays - leave - training - collateralHours) x (1 - adminShare);
 * adminHours is the rest of that remainder. Not checked for sign: `parseModel` does that.
 */
export function officerYearOf(settings: OfficerYearSettings, duties: readonly Activity[]): OfficerYear {
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
