import type { Activity } from '../model/types.js';
import { timeHours, timesPerYear, type WorkYear } from '../model/units.js';

/** Where an activity's uncertain fields are among the inputs (their indexes). */
export type InputIndexes = ReadonlyMap<Activity, { time?: number; perYear?: number }>;

/**
 * An activity's hours a year as coef x values[a] x values[b], where values holds one draw per
 * uncertain input and, at index `one`, the number 1. A fixed time or frequency is folded into coef
 * and its index is `one`; a ranged time's draw is in its own unit, so coef holds the hours of one unit.
 */
export interface Term {
  coef: number;
  a: number;
  b: number;
}

/** The term of one task or duty, read against the officer year that applies to it. */
export function activityTerm(activity: Activity, year: WorkYear, indexes: InputIndexes, one: number): Term {
  const at = indexes.get(activity);
  const time = at?.time === undefined ? activity.time : { amount: 1, unit: activity.time.unit };
  const frequency = at?.perYear === undefined ? timesPerYear(activity.frequency, year) : 1;
  return { coef: timeHours(time, year) * frequency * activity.share, a: at?.time ?? one, b: at?.perYear ?? one };
}
