import { formatPath } from '../model/ModelError.js';
import { parseModel } from '../model/parseModel.js';
import type { ModelInput } from '../model/schema.js';
import { officeKey } from '../model/officeMatcher.js';
import type { Model, ModelLike } from '../model/types.js';
import { officeWorkdays, officerWorkdays } from './summarizeTimeStudy.js';
import { measuredDuty, measuredTask } from './measuredInputs.js';
import { unknownToBase } from './studyWarnings.js';
import { yearWarnings } from './yearWarnings.js';
import type { TaskSummary, TimeStudySummary, TimeStudyWarning } from './types.js';

/** What `timeStudyModel` takes beside the summary. */
export interface TimeStudyModelOptions {
  /** The model to update: its offices, officer year, and whatever the study did not measure are kept. */
  base?: ModelLike;
  /** Dockets of case types the base does not have (case type id -> docket). Default `"default"`. */
  dockets?: Readonly<Record<string, string>>;
}

/** A model input built from a time study, and which inputs came from the study and which from the base. */
export interface TimeStudyModel {
  /** A model input (pass it to `parseModel`, `assess`, or write it as JSON). */
  model: ModelInput;
  /** Paths of the inputs the study measured: `caseTypes[0].tasks[1]`, `collateralDuties[0]`. */
  fromStudy: string[];
  /** Paths of the inputs kept from the base. */
  fromBase: string[];
  /** Tasks measured but left out: their case type had no caseload, so no frequency. */
  notUsed: {
    /** The case type's id. */
    caseType: string;
    /** The task's name. */
    task: string;
    /** Why it was left out. */
    reason: string;
  }[];
  /**
   * The workdays per year the model's frequencies are scaled to: the base officer year's paid workdays
   * (the office's working days), unless the summary's were given as an option (summarizeTimeStudy's workdaysPerYear).
   */
  workdaysPerYear: number;
  /** The workdays per year the duties' hours are scaled to: the base officer year's available workdays. */
  officerWorkdays: number;
  /**
   * The warnings that depend on the base, computed against the base given here (a summary made without
   * one has none of them): case types and tasks the base lacks (`unknown-case-type`, `unknown-task`),
   * non-case work the base officer year already deducts (`officer-year-activity`), a case task logged as
   * non-case work or a non-case activity logged as a case task, and figures the year cannot hold
   * (`implausible`), as `summarizeTimeStudy` with the same base gives them. Empty without `base`.
   */
  warnings: TimeStudyWarning[];
}

type TaskInput = NonNullable<ModelInput['caseTypes']>[number]['tasks'][number];
type CaseTypeInput = NonNullable<ModelInput['caseTypes']>[number];

/**
 * A model input from a time study: task times as ranges (low and high the 90% confidence interval of
 * the mean minutes, mode the mean: uncertainty about the average, not the spread of single
 * occurrences), frequencies as measured (perYear = occurrences per case per year, share 1), non-case
 * activities as collateral duties of hoursPerOfficerYear once a year. Every input's `source` cites
 * the study: `time study: 412 entries, 2026-03-02 to 2026-03-27, 40 officers`. With `base`, frequencies
 * are in the base officer year's paid workdays and duty hours in its available workdays (a summary made
 * without the base is rescaled: x baseWorkdays / the summary's), unless the summary's workdaysPerYear
 * was given as an option (frequencies then keep it).
 * Case types, tasks and duties match the base's by `officeKey` and keep the base's spelling.
 *
 * @throws {ModelError} when `base` does not parse, or the result would not (it is checked)
 * @example
 * const summary = summarizeTimeStudy([
 *   { officer: 'a', date: '2024-03-04', caseType: 'non-detained', task: 'check-in', minutes: 20 },
 *   { officer: 'a', date: '2024-03-05', caseType: 'non-detained', task: 'check-in', minutes: 30 },
 *   { officer: 'b', date: '2024-03-04', caseType: 'non-detained', task: 'check-in', minutes: 25 },
 * ], { studyWorkdays: 20, caseloads: { 'non-detained': 100 }, seed: 1 });
 * const { model, fromStudy } = timeStudyModel(summary, { base: scenario });
 * fromStudy // => ['caseTypes[0].tasks[0]']
 * model.caseTypes[0].tasks[0].time // => { low: '21.6667 min', mode: '25 min', high: '28.3333 min' }
 */
export function timeStudyModel(given: TimeStudySummary, options: TimeStudyModelOptions = {}): TimeStudyModel {
  let summary = given;
  if (summary === null || typeof summary !== 'object' || !Array.isArray(summary.tasks)) {
    throw new TypeError('timeStudyModel: summary must be what summarizeTimeStudy returns');
  }
  const parsed = options.base === undefined ? undefined : parseModel(options.base);
  summary = inOfficerYear(summary, parsed);
  const base = (options.base === undefined ? {} : structuredClone(options.base)) as ModelInput;
  const fromStudy: string[] = [];
  const fromBase: string[] = [];
  const notUsed: TimeStudyModel['notUsed'] = [];
  const measured = new Map<string, TaskSummary[]>();
  for (const t of summary.tasks) {
    if (t.perCasePerYear === null) notUsed.push({ caseType: t.caseType, task: t.task, reason: 'no caseload for its case type' });
    else measured.set(t.caseType, [...(measured.get(t.caseType) ?? []), t]);
  }
  const caseTypes: CaseTypeInput[] = (base.caseTypes ?? []).map((ct) => ({ ...ct, tasks: [...ct.tasks] }));
  for (const [id, tasks] of measured) {
    let caseType = caseTypes.find((ct) => officeKey(ct.id) === officeKey(id));
    if (!caseType) caseTypes.push((caseType = { id, docket: options.dockets?.[id] ?? 'default', tasks: [] }));
    for (const t of tasks) {
      const task: TaskInput = measuredTask(t, summary.study);
      const at = caseType.tasks.findIndex((old) => officeKey(old.name) === officeKey(t.task));
      if (at >= 0) caseType.tasks[at] = { ...task, name: caseType.tasks[at]!.name };
      else caseType.tasks.push(task);
    }
  }
  const duties = [...(base.collateralDuties ?? [])];
  for (const a of summary.activities) {
    const duty = measuredDuty(a, summary.study);
    const at = duties.findIndex((old) => officeKey(old.name) === officeKey(a.activity));
    if (at >= 0) duties[at] = { ...duty, name: duties[at]!.name };
    else duties.push(duty);
  }
  const model: ModelInput = { ...base, collateralDuties: duties, caseTypes };
  caseTypes.forEach((ct, i) => ct.tasks.forEach((task, j) =>
    ([...measured].some(([id, tasks]) => officeKey(id) === officeKey(ct.id) && tasks.some((t) => officeKey(t.task) === officeKey(task.name))) ? fromStudy : fromBase)
      .push(formatPath(['caseTypes', i, 'tasks', j]))));
  duties.forEach((duty, i) =>
    (summary.activities.some((a) => officeKey(a.activity) === officeKey(duty.name)) ? fromStudy : fromBase).push(formatPath(['collateralDuties', i])));
  if (base.officerYear) fromBase.push('officerYear');
  (base.offices ?? []).forEach((_, i) => fromBase.push(formatPath(['offices', i])));
  parseModel(model);
  const warnings = parsed === undefined ? [] : [...unknownToBase(summary.tasks, parsed), ...yearWarnings(summary.tasks, summary.activities, summary.study.workdaysPerYear, parsed)];
  return { model, fromStudy, fromBase, notUsed, workdaysPerYear: summary.study.workdaysPerYear, officerWorkdays: summary.study.officerWorkdays, warnings };
}

/**
 * The summary scaled to the base officer year when it was scaled to another: frequencies are a count
 * over the study x workdaysPerYear / studyWorkdays, so each is multiplied by the base's paid workdays /
 * summary.study.workdaysPerYear (not when the summary's came from the option); duty hours likewise by
 * the base's available workdays / summary.study.officerWorkdays.
 */
function inOfficerYear(summary: TimeStudySummary, base: Model | undefined): TimeStudySummary {
  if (base === undefined) return summary;
  const keep = summary.study.workdaysPerYearFrom === 'option';
  const workdaysPerYear = keep ? summary.study.workdaysPerYear : officeWorkdays(base);
  const available = officerWorkdays(base);
  const r = workdaysPerYear / summary.study.workdaysPerYear;
  const q = available / summary.study.officerWorkdays;
  const times = (value: number | null) => (value === null ? null : value * r);
  return {
    ...summary,
    tasks: summary.tasks.map((t) => ({ ...t, perCasePerYear: times(t.perCasePerYear), hoursPerCase: times(t.hoursPerCase), perYearCi: t.perYearCi && [t.perYearCi[0] * r, t.perYearCi[1] * r] })),
    activities: summary.activities.map((a) => ({ ...a, hoursPerOfficerYear: a.hoursPerOfficerYear * q })),
    study: { ...summary.study, workdaysPerYear, workdaysPerYearFrom: keep ? 'option' : 'base', officerWorkdays: available },
  };
}
