import type { ActivityInput } from '../model/schema.js';
import type { Model, Office } from '../model/types.js';
import { assess } from '../workload/assess.js';
import { WINDOW_DUTY } from './officeWithoutWindowDuty.js';
import type { WindowArrivals } from './windowArrivals.js';
import { plural } from '../internal/plural.js';

/** What the window's officer hours add to an office's workload, and the duty that carries it. */
export interface WindowCost {
  caseWeightHours: number;
  collateralHours: number;
  officers: number;
  collateralDuty: ActivityInput;
}

/**
 * The case weights already count each window task's own time (`arrivals.taskHours`, whatever handle
 * time the queue is sized with: a handle time is the queue's service time and changes no case weight);
 * the window costs its officer hours. What it adds is the difference, collateralHours =
 * max(0, officerHours - taskHours): the time officers wait at the window for arrivals, and any handle
 * time beyond the tasks' own. A window that takes fewer hours than its tasks' case weights count adds
 * nothing (the case weights are not lowered). It is shared by
 * n = (workload + collateralHours) / caseHours officers (at least 1), each carrying collateralHours / n,
 * so that `assess` then finds exactly n officers needed: (workload + collateralHours) / caseHours.
 * `base` is the model without the office's window duty.
 */
export function windowCost(base: Model, office: Office, arrivals: WindowArrivals, officerHours: number, about: string): WindowCost {
  const caseWeightHours = arrivals.taskHours;
  const collateralHours = Math.max(0, officerHours - caseWeightHours);
  const { workloadHours, caseHours } = assess(base).offices.find((row) => row.office === office.id)!;
  const officers = Math.max(1, (workloadHours + collateralHours) / caseHours);
  const source =
    `windowDuty: ${about}: ${officerHours.toFixed(1)} officer hours a year at the window, less ${caseWeightHours.toFixed(1)}` +
    ` already in the case weights, shared by ${plural(officers, 'officer', 'officers', String(+officers.toFixed(2)))}`;
  return {
    caseWeightHours,
    collateralHours,
    officers,
    collateralDuty: { name: WINDOW_DUTY, time: collateralHours / officers, perYear: 1, source },
  };
}
