/**
 * The checks that need the whole model: units, one of perYear/every, unique ids, references between
 * ids, non-zero case weights and positive case hours. Collects every issue before failing.
 */
import { ownEntries, recordFrom } from '../internal/records.js';
import { activitiesHours, dutiesOf, officerYearOf, yearSettings } from '../workload/hours.js';
import type { ActivityInput, ModelInput, OfficerYearInput, TimeInput } from './schema.js';
import type { Issue, IssuePath } from './ModelError.js';
import { formatPath } from './ModelError.js';
import type { Activity, CaseType, Model, Office, OfficerYearSettings } from './types.js';
import { parseInterval, parseTime, type Frequency, type Time } from './units.js';
import { quotedList } from '../internal/quotedList.js';
import { rangeMean, type Range } from './range.js';
import { isRangeInput, resolveRange } from './resolveRange.js';

/** Defaults of the officer year: a federal full-time year of 52 x 40 hours. */
const DEFAULT_YEAR: OfficerYearSettings = {
  paidHours: 2080,
  workdayHours: 8,
  holidays: { amount: 0, unit: 'hour' },
  leave: { amount: 0, unit: 'hour' },
  training: { amount: 0, unit: 'hour' },
  adminShare: 0,
};

const NO_TIME: Time = { amount: 0, unit: 'hour' };

class Resolver {
  readonly issues: Issue[] = [];

  report(path: IssuePath, message: string): void {
    this.issues.push({ path, message });
  }

  /** Runs a unit parser, turning its RangeError into an issue at `path`. */
  unit<T>(path: IssuePath, parse: () => T, fallback: T): T {
    try {
      return parse();
    } catch (error) {
      this.report(path, (error as Error).message);
      return fallback;
    }
  }

  time(path: IssuePath, value: TimeInput): Time {
    return this.unit(path, () => parseTime(value), NO_TIME);
  }

  /** A task's or duty's time: a plain time, or a range read as its mean. */
  activityTime(path: IssuePath, input: ActivityInput['time']): { time: Time; range?: Range } {
    if (!isRangeInput(input)) return { time: this.time(path, input) };
    const read = (at: IssuePath, bound: TimeInput) => {
      const issues = this.issues.length;
      const time = this.time(at, bound);
      return this.issues.length > issues ? undefined : time;
    };
    const resolved = resolveRange(path, input, read, (at, message) => this.report(at, message));
    if (!resolved) return { time: NO_TIME };
    return { time: { amount: rangeMean(resolved.range), unit: resolved.unit as Time['unit'] }, range: resolved.range };
  }

  activity(path: IssuePath, input: ActivityInput): Activity {
    let frequency: Frequency = { perYear: 0 };
    let perYearRange: Range | undefined;
    if (input.perYear !== undefined && input.every !== undefined) {
      this.report([...path, 'every'], 'give perYear or every, not both');
    } else if (input.every !== undefined) {
      const every = input.every;
      frequency = this.unit([...path, 'every'], () => parseInterval(every), frequency);
    } else if (isRangeInput(input.perYear)) {
      const read = (_: IssuePath, bound: number) => ({ amount: bound, unit: 'time a year' });
      perYearRange = resolveRange([...path, 'perYear'], input.perYear, read, (at, message) => this.report(at, message))?.range;
      if (perYearRange) frequency = { perYear: rangeMean(perYearRange) };
    } else if (input.perYear !== undefined) {
      frequency = { perYear: input.perYear };
    } else {
      this.report([...path, 'perYear'], 'is required: give perYear (times a year) or every (an interval such as "90 days")');
    }
    const { time, range: timeRange } = this.activityTime([...path, 'time'], input.time);
    const ranges = { ...(timeRange ? { time: timeRange } : {}), ...(perYearRange ? { perYear: perYearRange } : {}) };
    return withSource(
      { name: input.name, time, frequency, share: input.share ?? 1, ...(timeRange || perYearRange ? { ranges } : {}) },
      input.source,
    );
  }

  activities(path: IssuePath, inputs: readonly ActivityInput[] | undefined): Activity[] {
    const activities = (inputs ?? []).map((input, i) => this.activity([...path, i], input));
    this.unique(path, activities.map((activity) => activity.name), 'name');
    return activities;
  }

  officerYear(path: IssuePath, input: OfficerYearInput): Partial<OfficerYearSettings> {
    const year: { -readonly [K in keyof OfficerYearSettings]?: OfficerYearSettings[K] } = {};
    if (input.paidHours !== undefined) year.paidHours = input.paidHours;
    if (input.workdayHours !== undefined) year.workdayHours = input.workdayHours;
    for (const field of ['holidays', 'leave', 'training'] as const) {
      const value = input[field];
      if (value !== undefined) year[field] = this.time([...path, field], value);
    }
    if (input.adminShare !== undefined) year.adminShare = input.adminShare;
    if (input.source !== undefined) year.source = input.source;
    return year;
  }

  /** Reports the second and later occurrence of each value. */
  unique(path: IssuePath, values: readonly string[], field: string): void {
    const first = new Map<string, number>();
    values.forEach((value, i) => {
      const seen = first.get(value);
      if (seen === undefined) first.set(value, i);
      else this.report([...path, i, field], `duplicate ${field} "${value}" (first at ${formatPath([...path, seen])})`);
    });
  }
}

function withSource<T extends object>(value: T, source: string | undefined): T & { source?: string } {
  return source === undefined ? value : { ...value, source };
}

function caseHoursProblem(model: Model, office: Office | undefined, where: string): string | undefined {
  const year = officerYearOf(yearSettings(model, office), dutiesOf(model, office));
  if (year.caseHours > 0) return undefined;
  return (
    `case hours a year are ${+year.caseHours.toFixed(2)}, not positive: paidHours ${year.paidHours} - holidays ${year.holidays}` +
    ` - leave ${year.leave} - training ${year.training} - collateral duties ${+year.collateralHours.toFixed(2)}` +
    ` leave nothing for cases (${where})`
  );
}

/**
 * Resolves a model whose shape the schema accepted. Returns the model, or the issues found.
 */
export function resolveModel(input: ModelInput): { model: Model } | { issues: Issue[] } {
  const r = new Resolver();
  const officerYear: OfficerYearSettings = {
    ...DEFAULT_YEAR,
    ...(input.officerYear ? r.officerYear(['officerYear'], input.officerYear) : {}),
  };
  const collateralDuties = r.activities(['collateralDuties'], input.collateralDuties);

  const caseTypes: CaseType[] = (input.caseTypes ?? []).map((caseType, i) =>
    withSource(
      {
        id: caseType.id,
        ...(caseType.label === undefined ? {} : { label: caseType.label }),
        docket: caseType.docket,
        ...(caseType.priority === undefined ? {} : { priority: caseType.priority }),
        tasks: r.activities(['caseTypes', i, 'tasks'], caseType.tasks).map((task, j) => (caseType.tasks[j]!.window ? { ...task, window: true as const } : task)),
      },
      caseType.source,
    ),
  );
  r.unique(['caseTypes'], caseTypes.map((caseType) => caseType.id), 'id');
  const caseTypeIds = new Set(caseTypes.map((caseType) => caseType.id));
  const dockets = new Set(caseTypes.map((caseType) => caseType.docket));

  const offices: Office[] = (input.offices ?? []).map((office, i) => {
    const path = ['offices', i];
    for (const [caseTypeId] of ownEntries(office.cases ?? {})) {
      if (!caseTypeIds.has(caseTypeId)) {
        r.report([...path, 'cases', caseTypeId], `unknown case type "${caseTypeId}" (case types: ${quotedList(caseTypeIds)})`);
      }
    }
    for (const [docket] of ownEntries(office.officers ?? {})) {
      if (!dockets.has(docket)) {
        r.report([...path, 'officers', docket], `no case type is on docket "${docket}" (dockets: ${quotedList(dockets)})`);
      }
    }
    return withSource(
      {
        id: office.id,
        ...(office.name === undefined ? {} : { name: office.name }),
        officers: recordFrom(ownEntries(office.officers ?? {})),
        cases: recordFrom(ownEntries(office.cases ?? {})),
        ...(office.officerYear ? { officerYear: r.officerYear([...path, 'officerYear'], office.officerYear) } : {}),
        collateralDuties: r.activities([...path, 'collateralDuties'], office.collateralDuties),
      },
      office.source,
    );
  });
  r.unique(['offices'], offices.map((office) => office.id), 'id');

  const model: Model = withSource(
    { ...(input.name === undefined ? {} : { name: input.name }), officerYear, collateralDuties, caseTypes, offices },
    input.source,
  );
  // Arithmetic checks only make sense once every unit was read.
  if (r.issues.length > 0) return { issues: r.issues };

  caseTypes.forEach((caseType, i) => {
    if (!(activitiesHours(caseType.tasks, officerYear) > 0)) {
      r.report(['caseTypes', i, 'tasks'], `the case type's weight is 0 hours a year: every task has a zero time, frequency or share`);
    }
  });
  const modelProblem = caseHoursProblem(model, undefined, 'fields: officerYear, collateralDuties');
  if (modelProblem) r.report(['officerYear'], modelProblem);
  offices.forEach((office, i) => {
    if (!office.officerYear && office.collateralDuties.length === 0) return;
    const problem = caseHoursProblem(model, office, `fields: offices[${i}].officerYear, offices[${i}].collateralDuties and the model's`);
    if (problem) r.report(['offices', i], problem);
  });
  return r.issues.length > 0 ? { issues: r.issues } : { model };
}
