import type { ActivityInput, TimeInput } from '../model/schema.js';
import type { WindowHour } from './windowHour.js';

/** What `windowDuty` takes beside the model and the office. */
export interface WindowDutyOptions {
  /** Hours a week the window is open: a whole number in [1, 168]. */
  openHoursPerWeek: number;
  /** The wait the service level counts against (`"15 min"`). */
  targetWait: TimeInput;
  /** The share of arrivals to serve within `targetWait`, in [0, 1). */
  serviceLevel: number;
  /**
   * Time at the window per arrival: the queue's service time. Default: the window tasks' own time (their
   * mean, weighted by arrivals). It sizes the queue only: the case weights keep the tasks' own time.
   */
  handleTime?: TimeInput;
  /** The share of the week's arrivals in each open hour, in order (one per open hour, summing to 1). Default: even. */
  profile?: readonly number[];
}

/** An office's window sized as a queue, and what it costs as a collateral duty. */
export interface WindowDuty {
  /** The office's id. */
  office: string;
  /** Arrivals a year: the office's cases x the window tasks' times a year x share. */
  arrivalsPerYear: number;
  /** arrivalsPerYear / (365.25 / 7). */
  arrivalsPerWeek: number;
  /** Minutes at the window per arrival. */
  handleTime: number;
  /** One per open hour of the week. */
  hours: WindowHour[];
  /** Officer hours at the window a week: the sum of each hour's servers. */
  windowHoursPerWeek: number;
  /** Officer hours at the window a year: windowHoursPerWeek x 365.25 / 7. */
  officerHours: number;
  /** What the case weights already count for the window tasks: arrivals x the tasks' own time, whatever the handleTime. */
  caseWeightHours: number;
  /** max(0, officerHours - caseWeightHours): the hours a year the window adds to the office's workload. */
  collateralHours: number;
  /** The officers who share it: (the office's workload hours + collateralHours) / its case hours, at least 1. */
  officers: number;
  /** The office's collateral duty: collateralHours / officers hours a year for each officer. */
  collateralDuty: ActivityInput;
}
