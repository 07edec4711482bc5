/**
 * The planner's controls and what they change, as plain data: each control is a number a planner can
 * set (a task's minutes, a duty's hours, an office's officers on a docket), read from a model and
 * written back into a copy of its input. No DOM here, so it is tested in Node.
 */
import { parseModel, type Model, type ModelInput } from 'staffing-model';

export type Control =
  | { kind: 'task'; caseType: number; task: number; label: string; group: string; value: number }
  | { kind: 'duty'; duty: number; label: string; group: string; value: number }
  | { kind: 'officers'; office: number; docket: string; label: string; group: string; value: number };

/** A time in hours, read against the model's workday. */
const hours = (model: Model, time: { amount: number; unit: 'hour' | 'workday' }) =>
  time.unit === 'hour' ? time.amount : time.amount * model.officerYear.workdayHours;

/** Round a control's starting value for display: 0.01 of a minute or an hour is below any estimate's precision. */
const round = (value: number) => Math.round(value * 100) / 100;

/** The controls of a model, in model order: task times (minutes), duty times (hours), officers on board. */
export function modelControls(input: ModelInput): Control[] {
  const model = parseModel(input);
  const tasks = model.caseTypes.flatMap((caseType, c) =>
    caseType.tasks.map((task, t): Control => ({ kind: 'task', caseType: c, task: t, label: task.name, group: caseType.label ?? caseType.id, value: round(hours(model, task.time) * 60) })),
  );
  const duties = model.collateralDuties.map((duty, d): Control => ({ kind: 'duty', duty: d, label: duty.name, group: 'Collateral duties (hours each time)', value: round(hours(model, duty.time)) }));
  const dockets = [...new Set(model.caseTypes.map((caseType) => caseType.docket))];
  const officers = model.offices.flatMap((office, o) =>
    dockets.map((docket): Control => ({ kind: 'officers', office: o, docket, label: docket, group: office.name ?? office.id, value: office.officers[docket] ?? 0 })),
  );
  return [...tasks, ...duties, ...officers];
}

/** A copy of `input` with each control's value written in: task times in minutes, duty times in hours. */
export function applyControls(input: ModelInput, controls: readonly Control[]): ModelInput {
  const copy = structuredClone(input) as Required<Pick<ModelInput, 'caseTypes' | 'collateralDuties' | 'offices'>> & ModelInput;
  for (const control of controls) {
    if (control.kind === 'task') copy.caseTypes[control.caseType]!.tasks[control.task]!.time = `${control.value} min`;
    else if (control.kind === 'duty') copy.collateralDuties[control.duty]!.time = `${control.value} h`;
    else {
      const office = copy.offices[control.office]!;
      office.officers = { ...office.officers, [control.docket]: control.value };
    }
  }
  return copy;
}
