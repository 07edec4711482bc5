/**
 * The checks of a model's arithmetic, made once by `parseModel` so that no calculation meets a bad
 * figure: every case type needs some work, officers have case hours left, and no figure that a
 * calculation derives from the model overflows (no result holds Infinity or NaN). Overflow is checked
 * with every range at its high, the largest value `simulate` and `sensitivity` draw.
 */
import { activitiesHours, activityHours, officerYearOf, type OfficerYear, type TimedActivity, type WorkYear } from '../internal/hours.js';
import { countListsOf } from './countLists.js';
import type { CountList } from './counts.js';
import { dutiesOf, yearSettings } from './lookup.js';
import type { Issue, IssuePath } from './ModelError.js';
import { formatPath } from './ModelError.js';
import type { Activity, Model } from './types.js';

/**
 * Every figure derived from a model stays at or below this. The room above it keeps sums over any
 * number of offices and `requiredOfficers / (1 - vacancyRate)` (a divisor of at least 2^-53) finite.
 */
export const FIGURE_LIMIT = 1e290;

/** False for NaN and Infinity too. */
const within = (value: number) => value <= FIGURE_LIMIT;

const shown = (value: number) => +value.toFixed(2);

/** An activity with each of its ranges at its high: the most hours a year any draw gives it. */
function atHighs(activity: Activity): TimedActivity {
  const { time, perYear } = activity.ranges ?? {};
  if (!time && !perYear) return activity;
  return {
    time: time ? { amount: time.high, unit: activity.time.unit } : activity.time,
    frequency: perYear ? { perYear: perYear.high } : activity.frequency,
    share: activity.share,
  };
}

const TOO_LARGE = `too large to compute with (every figure must stay below ${FIGURE_LIMIT})`;

function caseHoursProblem(year: OfficerYear, where: string): string {
  return (
    `case hours a year are ${shown(year.caseHours)}, not positive: paidHours ${year.paidHours} - holidays ${shown(year.holidays)}` +
    ` - leave ${shown(year.leave)} - training ${shown(year.training)} - collateral duties ${shown(year.collateralHours)}` +
    ` leave nothing for cases (${where})`
  );
}

/** The officer years of a model: the model's own, then each office's (the model's when it has no overrides). */
function officerYears(model: Model): { model: OfficerYear; offices: OfficerYear[] } {
  const own = officerYearOf(model.officerYear, model.collateralDuties);
  const offices = model.offices.map((office) =>
    office.officerYear || office.collateralDuties.length > 0 ? officerYearOf(yearSettings(model, office), dutiesOf(model, office)) : own,
  );
  return { model: own, offices };
}

/** Tasks and duties whose hours a year overflow, each read against every officer year it is part of. */
function activityIssues(model: Model, report: (path: IssuePath, message: string) => void): void {
  const reported = new Set<string>();
  const check = (path: IssuePath, activity: Activity, year: WorkYear) => {
    if (within(activityHours(atHighs(activity), year)) || reported.has(formatPath(path))) return;
    reported.add(formatPath(path));
    report(path, `its hours a year (time x times a year x share${activity.ranges ? ', each range at its high' : ''}) are ${TOO_LARGE}`);
  };
  model.caseTypes.forEach((caseType, i) =>
    caseType.tasks.forEach((task, j) => check(['caseTypes', i, 'tasks', j], task, model.officerYear)),
  );
  model.collateralDuties.forEach((duty, j) => check(['collateralDuties', j], duty, model.officerYear));
  model.offices.forEach((office, i) => {
    if (!office.officerYear && office.collateralDuties.length === 0) return; // the model's year and duties: checked above
    const settings = yearSettings(model, office);
    if (office.officerYear) model.collateralDuties.forEach((duty, j) => check(['collateralDuties', j], duty, settings));
    office.collateralDuties.forEach((duty, j) => check(['offices', i, 'collateralDuties', j], duty, settings));
  });
}

/**
 * The sum of a record's values, each times its key's weight when `weights` are given, read from the
 * record's list when it was read in place (see `InPlaceCounts`: never from the caller's record again).
 */
function total(record: Readonly<Record<string, number>>, list: CountList | undefined, weights?: ReadonlyMap<string, number>): number {
  let sum = 0;
  if (list) {
    for (let k = 0; k < list.keys.length; k++) sum += list.values[list.start + k]! * (weights ? weights.get(list.keys[k]!)! : 1);
  } else {
    for (const key in record) sum += record[key]! * (weights ? weights.get(key)! : 1);
  }
  return sum;
}

/**
 * Each office's workload, required officers, officers and capacity, then (when no office is too large)
 * their totals. First a bound (all cases at the largest weight, over the fewest case hours): when it
 * holds, no figure can pass the limit, and no office needs its exact workload, which would cost a
 * lookup per office and case type.
 */
function officeIssues(model: Model, years: OfficerYear[], weights: ReadonlyMap<string, number>, report: (path: IssuePath, message: string) => void) {
  const lists = countListsOf(model);
  const cases = model.offices.map((office, i) => total(office.cases, lists?.[i]!.casesList));
  const officers = model.offices.map((office, i) => total(office.officers, lists?.[i]!.officersList));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const caseHours = years.map((year) => year.caseHours);
  const fewestCaseHours = caseHours.reduce((a, b) => Math.min(a, b), Infinity);
  const mostCaseHours = caseHours.reduce((a, b) => Math.max(a, b), 0);
  const heaviest = [...weights.values()].reduce((a, b) => Math.max(a, b), 0);
  const allCases = sum(cases);
  const allOfficers = sum(officers);
  const workloadBound = allCases * heaviest;
  const bounds = [allCases, allOfficers, workloadBound, workloadBound / fewestCaseHours, allOfficers * mostCaseHours];
  if (bounds.every(within)) return;

  const totals = { cases: allCases, workloadHours: 0, requiredOfficers: 0, officers: 0, capacityHours: 0 };
  let officeReported = false;
  model.offices.forEach((office, i) => {
    const workloadHours = total(office.cases, lists?.[i]!.casesList, weights);
    const requiredOfficers = workloadHours / caseHours[i]!;
    const capacityHours = officers[i]! * caseHours[i]!;
    if (!within(requiredOfficers) || !within(workloadHours)) {
      report(['offices', i, 'cases'], `the office's workload is ${TOO_LARGE}`);
      officeReported = true;
    }
    if (!within(capacityHours) || !within(officers[i]!)) {
      report(['offices', i, 'officers'], `the office's officers and their hours are ${TOO_LARGE}`);
      officeReported = true;
    }
    totals.workloadHours += workloadHours;
    totals.requiredOfficers += requiredOfficers;
    totals.officers += officers[i]!;
    totals.capacityHours += capacityHours;
  });
  if (!officeReported && !Object.values(totals).every(within)) report(['offices'], `the offices' cases, workload or officers add up to a figure ${TOO_LARGE}`);
}

/**
 * The issues of a model's arithmetic, each with the path of the input it comes from. Run on a model
 * whose every unit, id and reference is valid.
 */
export function figureIssues(model: Model): Issue[] {
  const issues: Issue[] = [];
  const report = (path: IssuePath, message: string) => issues.push({ path, message });
  activityIssues(model, report);
  if (issues.length > 0) return issues;

  const years = officerYears(model);
  if (!(years.model.caseHours > 0)) report(['officerYear'], caseHoursProblem(years.model, 'fields: officerYear, collateralDuties'));
  years.offices.forEach((year, i) => {
    if (year !== years.model && !(year.caseHours > 0)) {
      report(['offices', i], caseHoursProblem(year, `fields: offices[${i}].officerYear, offices[${i}].collateralDuties and the model's`));
    }
  });
  // Case hours are at most paidHours (<= 8784, the hours of a leap year): the largest divides by the smallest weight.
  const mostCaseHours = years.offices.reduce((most, year) => Math.max(most, year.caseHours), years.model.caseHours);
  // The largest weight a draw can give each case type (its mean weight when it has no ranges).
  const weights = new Map<string, number>();
  model.caseTypes.forEach((caseType, i) => {
    const weight = activitiesHours(caseType.tasks, model.officerYear);
    const highest = activitiesHours(caseType.tasks.map(atHighs), model.officerYear);
    weights.set(caseType.id, highest);
    const path = ['caseTypes', i, 'tasks'];
    if (!(weight > 0)) report(path, `the case type's weight is 0 hours a year: every task has a zero time, frequency or share`);
    else if (!within(highest)) {
      const ranged = highest !== weight ? ', each range at its high' : '';
      report(path, `the case type's weight (hours a year${ranged}) is ${TOO_LARGE}`);
    }
    else if (!within(mostCaseHours / weight)) {
      report(path, `the case type's weight, ${weight} hours a year, is too small: case hours / weight (the achievable caseload) is ${TOO_LARGE}`);
    }
  });
  if (issues.length > 0) return issues;
  officeIssues(model, years.offices, weights, report);
  return issues;
}
