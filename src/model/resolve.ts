/**
 * The checks that need the whole model: units, one of perYear/every/frequency, unique ids and
 * references between ids; then the arithmetic checks of `figures.ts`. Collects every issue before
 * failing. Builds every object of the parsed model itself and freezes it as it goes (all but the
 * model itself, which `parseModel` marks first).
 */
import { keepCountLists, type OfficeCountLists } from './countLists.js';
import { figureIssues } from './figures.js';
import { suggestions } from './nearest.js';
import type { Issue, IssuePath } from './ModelError.js';
import { formatPath } from './ModelError.js';
import type { ActivityInput, ModelShape, OfficerYearInput, RangesInput, TaskInput, TimeInput } from './schema.js';
import type { Activity, CaseType, Model, Office, OfficerYearSettings, Task } from './types.js';
import { parseInterval, parseTime, type Frequency, type Time } from './units.js';
import { rangeMean, type Range } from './range.js';
import { isRangeInput, resolveRange } from './resolveRange.js';

const NO_TIME: Time = Object.freeze({ amount: 0, unit: 'hour' });

/** Defaults of the officer year: a federal full-time year of 52 x 40 hours. Frozen: models share it. */
const DEFAULT_YEAR: OfficerYearSettings = Object.freeze({
  paidHours: 2080,
  workdayHours: 8,
  holidays: NO_TIME,
  leave: NO_TIME,
  training: NO_TIME,
  adminShare: 0,
});
const FREQUENCY_FIELDS = ['perYear', 'every', 'frequency'] as const;
/** No tasks or duties: shared, frozen. */
const NO_ACTIVITIES: readonly Task[] = Object.freeze([]);

/** An office's counts as `readCounts` checked and copied them (or read them in place, and listed them). */
export interface OfficeCounts extends OfficeCountLists {
  readonly officers: Readonly<Record<string, number>>;
  readonly cases: Readonly<Record<string, number>>;
}

/** `value` without the fields whose value is undefined (optional fields left out). */
function defined<T extends object>(value: T): T {
  const keys = Object.keys(value) as (keyof T)[];
  if (keys.every((key) => value[key] !== undefined)) return value;
  // A new object rather than `delete`, which would put the object in V8's slow dictionary mode.
  const out = {} as T;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** `value` frozen, without the fields whose value is undefined. */
function built<T extends object>(value: T): T {
  return Object.freeze(defined(value));
}

/** What a unit parser made of a string: its result, or its error's message. */
type Read<T> = { value: T } | { message: string };

class Resolver {
  readonly issues: Issue[] = [];

  report(path: IssuePath, message: string): void {
    this.issues.push({ path, message });
  }

  /**
   * What the unit parsers made of each string this model holds: the frozen result, or the message of
   * the error. A model repeats its times ("20 min" in many tasks), and reading a unit is the costly
   * part of a task (mathjs): each string is read once per model.
   */
  private readonly times = new Map<string, Read<Time>>();
  private readonly intervals = new Map<string, Read<Frequency>>();

  /** Runs a unit parser, turning its RangeError into an issue at `path`. */
  unit<T>(path: IssuePath, parse: () => T, fallback: T): T {
    try {
      return Object.freeze(parse());
    } catch (error) {
      this.report(path, (error as Error).message);
      return fallback;
    }
  }

  /** `unit` for a string, read once per model (`parse` gives the same for the same text). */
  unitOnce<T>(path: IssuePath, text: string, reads: Map<string, Read<T>>, parse: (text: string) => T, fallback: T): T {
    let read = reads.get(text);
    if (read === undefined) {
      try {
        read = { value: Object.freeze(parse(text)) };
      } catch (error) {
        read = { message: (error as Error).message };
      }
      reads.set(text, read);
    }
    if ('value' in read) return read.value;
    this.report(path, read.message);
    return fallback;
  }

  time(path: IssuePath, value: TimeInput): Time {
    if (typeof value === 'string') return this.unitOnce(path, value, this.times, parseTime, NO_TIME);
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
    return { time: Object.freeze({ amount: rangeMean(resolved.range), unit: resolved.unit as Time['unit'] }), range: Object.freeze(resolved.range) };
  }

  /** How often: perYear (a number or a range read as its mean), every, or a resolved frequency. */
  frequency(path: IssuePath, input: ActivityInput): { frequency: Frequency; range?: Range } {
    const given = FREQUENCY_FIELDS.filter((field) => input[field] !== undefined);
    const none = { frequency: { perYear: 0 } };
    if (given.length > 1) {
      this.report([...path, given[1]!], `give ${given.join(' or ')}, not ${given.length === 2 ? 'both' : 'all three'}`);
      return none;
    }
    if (input.every !== undefined) return { frequency: this.unitOnce([...path, 'every'], input.every, this.intervals, parseInterval, none.frequency) };
    if (isRangeInput(input.perYear)) {
      const read = (_: IssuePath, bound: number) => ({ amount: bound, unit: 'time a year' });
      const range = resolveRange([...path, 'perYear'], input.perYear, read, (at, message) => this.report(at, message))?.range;
      return range ? { frequency: Object.freeze({ perYear: rangeMean(range) }), range: Object.freeze(range) } : none;
    }
    if (input.perYear !== undefined) return { frequency: Object.freeze({ perYear: input.perYear }) };
    const resolved = input.frequency;
    if (resolved === undefined) {
      this.report([...path, 'perYear'], 'is required: give perYear (times a year) or every (an interval such as "90 days")');
    } else if ((resolved.perYear === undefined) === (resolved.perWorkday === undefined)) {
      this.report([...path, 'frequency'], 'give one of perYear and perWorkday');
    } else {
      return { frequency: Object.freeze(resolved.perYear === undefined ? { perWorkday: resolved.perWorkday! } : { perYear: resolved.perYear }) };
    }
    return none;
  }

  /**
   * A parsed activity's `ranges` given back: each is checked as a range and must have the value beside
   * it as its mean (the time's amount, in the time's unit; perYear), so that every calculation and
   * `simulate` read the same activity. Returns the range restored, or undefined after reporting.
   */
  givenRange(path: IssuePath, range: NonNullable<RangesInput['time']>, unit: string, value: number | undefined, field: string): Range | undefined {
    const read = (_: IssuePath, bound: number) => ({ amount: bound, unit });
    const resolved = resolveRange(path, range, read, (at, message) => this.report(at, message))?.range;
    if (!resolved) return undefined;
    const mean = rangeMean(resolved);
    // Exactly the mean in a parsed model and its copies; a written one may round in the last digits.
    if (value === undefined || !(Math.abs(value - mean) <= 1e-12 * Math.max(1, Math.abs(mean)))) {
      const got = value === undefined ? 'a frequency per workday' : String(value);
      this.report(path, `its mean ${mean} must equal the ${field} beside it, got ${got}; change both together, or remove ranges`);
      return undefined;
    }
    return Object.freeze(resolved);
  }

  /** Ranges given in `time` or `perYear`, or given back in `ranges` (a parsed model's), never both. */
  ranges(path: IssuePath, input: ActivityInput, time: Time, frequency: Frequency, given: { time?: Range; perYear?: Range }): Activity['ranges'] {
    const ranges = { ...given };
    const back = input.ranges;
    if (back?.time) {
      const at = [...path, 'ranges', 'time'];
      if (ranges.time) this.report(at, 'give the range in time or in ranges.time, not both');
      else ranges.time = this.givenRange(at, back.time, time.unit, time.amount, 'time.amount');
    }
    if (back?.perYear) {
      const at = [...path, 'ranges', 'perYear'];
      if (ranges.perYear) this.report(at, 'give the range in perYear or in ranges.perYear, not both');
      else ranges.perYear = this.givenRange(at, back.perYear, 'time a year', 'perYear' in frequency ? frequency.perYear : undefined, 'perYear');
    }
    return ranges.time || ranges.perYear ? built(ranges) : undefined;
  }

  /** A case task or a collateral duty (which the schema does not let take `window`). */
  activity(path: IssuePath, input: TaskInput): Task {
    const before = this.issues.length;
    const { frequency, range: perYear } = this.frequency(path, input);
    const { time, range: timeRange } = this.activityTime([...path, 'time'], input.time);
    // Ranges given back are checked against the time and frequency, so only once those were read.
    const ranges = this.issues.length > before ? undefined : this.ranges(path, input, time, frequency, { time: timeRange, perYear });
    const window = input.window ? (true as const) : undefined;
    return built({ name: input.name, time, frequency, share: input.share ?? 1, ranges, window, source: input.source });
  }

  activities(path: IssuePath, inputs: readonly TaskInput[] | undefined): readonly Task[] {
    if (inputs === undefined || inputs.length === 0) return NO_ACTIVITIES; // most offices: nothing to read
    const activities = inputs.map((input, i) => this.activity([...path, i], input));
    this.unique(path, activities.map((activity) => activity.name), 'name');
    return Object.freeze(activities);
  }

  officerYear(path: IssuePath, input: OfficerYearInput): Partial<OfficerYearSettings> {
    const time = (field: 'holidays' | 'leave' | 'training') => {
      const value = input[field];
      return value === undefined ? undefined : this.time([...path, field], value);
    };
    const { paidHours, workdayHours, adminShare, source } = input;
    return built({ paidHours, workdayHours, holidays: time('holidays'), leave: time('leave'), training: time('training'), adminShare, source });
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

  /** Reports the keys of an office's `cases` or `officers` that `check` does not know, each at its path. */
  known(office: number, field: 'cases' | 'officers', keys: Readonly<Record<string, number>> | readonly string[], check: KnownKeys): void {
    const unknown = check.unknown(keys);
    for (let k = 0; k < unknown.length; k++) this.report(['offices', office, field, unknown[k]!], check.message(unknown[k]!));
  }
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/**
 * The keys of records (offices' counts) that are not among `known`. Each known key is remembered at
 * its place in the record: records listing the same keys in the same order, as a model's offices
 * do, are checked by one string comparison per key instead of a lookup; a record read in place
 * whose keys array is the one checked last (see `InPlaceCounts`) is not checked again.
 */
class KnownKeys {
  private readonly seen: string[] = [];
  private lastKeys: readonly string[] | undefined;
  private lastUnknown: readonly string[] = NO_KEYS;

  constructor(
    private readonly known: ReadonlySet<string>,
    /** The message for a key that is not known. */
    readonly message: (key: string) => string,
  ) {}

  /** The unknown keys of a record, or of a record's keys as listed (see `InPlaceCounts`), in its order. */
  unknown(keys: Readonly<Record<string, number>> | readonly string[]): readonly string[] {
    if (!Array.isArray(keys)) return this.unknownOf(keys);
    // A keys array shared with the record checked last: the same answer.
    if (keys !== this.lastKeys) {
      this.lastKeys = keys;
      this.lastUnknown = this.unknownOf(keys);
    }
    return this.lastUnknown;
  }

  /** The unknown keys of a record (its prototype has no members: readCounts' copy; for-in visits its own keys only) or of a list of keys. */
  private unknownOf(keys: Readonly<Record<string, number>> | readonly string[]): readonly string[] {
    let unknown: string[] | undefined;
    let k = 0;
    if (Array.isArray(keys)) {
      for (; k < keys.length; k++) if (!this.isKnown(keys[k] as string, k)) (unknown ??= []).push(keys[k] as string);
    } else {
      for (const key in keys) if (!this.isKnown(key, k++)) (unknown ??= []).push(key);
    }
    return unknown ?? NO_KEYS;
  }

  /** True when `key`, the record's k-th, is known: remembered at k when it is. */
  private isKnown(key: string, k: number): boolean {
    if (this.seen[k] === key) return true;
    if (!this.known.has(key)) return false;
    this.seen[k] = key;
    return true;
  }
}

/**
 * An office of the parsed model, frozen, with its fields in the order of `Office` and those not given
 * left out, as `built` makes it; an office of counts only, the most common, is built at once.
 */
function officeOf(id: string, name: string | undefined, officers: Office['officers'], cases: Office['cases'], officerYear: Office['officerYear'], collateralDuties: readonly Activity[], source: string | undefined): Office {
  if (officerYear !== undefined || source !== undefined) return built({ id, name, officers, cases, officerYear, collateralDuties, source });
  return Object.freeze(name === undefined ? { id, officers, cases, collateralDuties } : { id, name, officers, cases, collateralDuties });
}

/**
 * Resolves a model whose shape the schema accepted, with its offices' counts checked by `readCounts`
 * (`counts[i]` for `offices[i]`). Returns the frozen model, or the issues found.
 */
export function resolveModel(input: ModelShape, counts: readonly OfficeCounts[]): { model: Model } | { issues: Issue[] } {
  const r = new Resolver();
  const officerYear: OfficerYearSettings = Object.freeze({
    ...DEFAULT_YEAR,
    ...(input.officerYear ? r.officerYear(['officerYear'], input.officerYear) : {}),
  });
  const collateralDuties = r.activities(['collateralDuties'], input.collateralDuties);

  const caseTypes: readonly CaseType[] = Object.freeze(
    (input.caseTypes ?? []).map((caseType, i) =>
      built({
        id: caseType.id,
        label: caseType.label,
        docket: caseType.docket,
        priority: caseType.priority,
        tasks: r.activities(['caseTypes', i, 'tasks'], caseType.tasks),
        source: caseType.source,
      }),
    ),
  );
  r.unique(['caseTypes'], caseTypes.map((caseType) => caseType.id), 'id');
  const caseTypeIds = new Set(caseTypes.map((caseType) => caseType.id));
  const caseTypeList = [...caseTypeIds];
  const dockets = new Set(caseTypes.map((caseType) => caseType.docket));

  const knownCaseTypes = new KnownKeys(caseTypeIds, (id) => `unknown case type "${id}"${suggestions(id, caseTypeList, 'case types')}`);
  const knownDockets = new KnownKeys(dockets, (docket) => `no case type is on docket "${docket}"${suggestions(docket, [...dockets], 'dockets')}`);
  const offices: readonly Office[] = Object.freeze(
    (input.offices ?? []).map((office, i): Office => {
      const { cases, officers, casesList, officersList } = counts[i]!;
      r.known(i, 'cases', casesList?.keys ?? cases, knownCaseTypes);
      r.known(i, 'officers', officersList?.keys ?? officers, knownDockets);
      return officeOf(
        office.id,
        office.name,
        officers,
        cases,
        office.officerYear ? r.officerYear(['offices', i, 'officerYear'], office.officerYear) : undefined,
        r.activities(['offices', i, 'collateralDuties'], office.collateralDuties),
        office.source,
      );
    }),
  );
  r.unique(['offices'], offices.map((office) => office.id), 'id');

  // Not frozen yet: parseModel marks it as parsed, then freezes it.
  const model: Model = defined({ name: input.name, officerYear, collateralDuties, caseTypes, offices, source: input.source });
  // Arithmetic checks only make sense once every unit was read.
  if (r.issues.length > 0) return { issues: r.issues };
  if (counts.some((office) => office.casesList ?? office.officersList)) keepCountLists(model, counts);
  const issues = figureIssues(model);
  return issues.length > 0 ? { issues } : { model };
}
