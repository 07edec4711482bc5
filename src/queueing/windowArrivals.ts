import { fsum } from '../internal/fsum.js';
import type { Model, Office } from '../model/types.js';
import { timeHours, timesPerYear } from '../model/units.js';

/** What an office's window tasks bring to its check-in window in a year. */
export interface WindowArrivals {
  /** Arrivals a year: sum over window tasks of cases x timesPerYear x share. */
  arrivalsPerYear: number;
  /** Hours a year the case weights give these tasks: sum of arrivals x the task's time. */
  taskHours: number;
  /** The tasks' mean time per arrival in hours (weighted by arrivals; the plain mean when nobody arrives). */
  meanTime: number;
}

/**
 * The arrivals at an office's window: every task with `window: true`, for the office's cases of its
 * case type. Times and frequencies are read against the model's officer year, as case weights are.
 *
 * @throws {RangeError} `no task has "window": true: mark the check-in task(s) that are done at the window`
 */
export function windowArrivals(model: Model, office: Office): WindowArrivals {
  const tasks = model.caseTypes.flatMap((caseType) =>
    caseType.tasks
      .filter((task) => task.window)
      .map((task) => {
        const arrivals = (office.cases[caseType.id] ?? 0) * timesPerYear(task.frequency, model.officerYear) * task.share;
        return { arrivals, hours: timeHours(task.time, model.officerYear) };
      }),
  );
  if (tasks.length === 0) throw new RangeError('no task has "window": true: mark the check-in task(s) that are done at the window');
  const arrivalsPerYear = fsum(tasks.map((task) => task.arrivals));
  const taskHours = fsum(tasks.map((task) => task.arrivals * task.hours));
  const meanTime = arrivalsPerYear > 0 ? taskHours / arrivalsPerYear : fsum(tasks.map((task) => task.hours)) / tasks.length;
  return { arrivalsPerYear, taskHours, meanTime };
}
