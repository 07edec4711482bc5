import { formatPath, type IssuePath } from '../model/ModelError.js';
import type { Range } from '../model/range.js';
import type { Activity, Model } from '../model/types.js';

/** One uncertain input: a ranged time or perYear of a task or duty. */
export interface UncertainInput {
  /** Where it is in the model: `caseTypes[0].tasks[1].time`. */
  path: string;
  /** The task's or duty's name. */
  name: string;
  /** The range as parsed. */
  range: Range;
  /** The unit of the range's bounds: `hour` or `workday` for a time, `time a year` for perYear. */
  unit: 'hour' | 'workday' | 'time a year';
  /** The task or duty it belongs to. */
  activity: Activity;
  field: 'time' | 'perYear';
}

/**
 * Every ranged input of a parsed model, in model order: the model's collateral duties, each case
 * type's tasks, then each office's own duties; a task's time before its perYear.
 */
export function uncertainInputs(model: Model): UncertainInput[] {
  const inputs: UncertainInput[] = [];
  const add = (path: IssuePath, activities: readonly Activity[]) =>
    activities.forEach((activity, i) => {
      const { time, perYear } = activity.ranges ?? {};
      const at = (field: string) => formatPath([...path, i, field]);
      if (time) inputs.push({ path: at('time'), name: activity.name, range: time, unit: activity.time.unit, activity, field: 'time' });
      if (perYear) inputs.push({ path: at('perYear'), name: activity.name, range: perYear, unit: 'time a year', activity, field: 'perYear' });
    });
  add(['collateralDuties'], model.collateralDuties);
  model.caseTypes.forEach((caseType, i) => add(['caseTypes', i, 'tasks'], caseType.tasks));
  model.offices.forEach((office, i) => add(['offices', i, 'collateralDuties'], office.collateralDuties));
  return inputs;
}
