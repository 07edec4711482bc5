import { RecordCopier } from '../internal/records.js';
import { InPlaceCounts, readCounts, type CountsCopy } from './counts.js';
import { ModelError, type Issue, type IssuePath } from './ModelError.js';
import { resolveModel, type OfficeCounts } from './resolve.js';
import { ModelShapeSchema, type ModelShape } from './schema.js';
import { describeSchemaIssues } from './schemaIssues.js';
import { checkShape } from './checkShape.js';
import type { Model } from './types.js';

/**
 * Marks models this package built and froze: the calculations take them without checking again.
 * A registered symbol, not a module-local WeakSet, so that the ESM and CJS builds and the root and
 * `/node` entries (each may hold its own copy of this module) know each other's models.
 */
const PARSED = Symbol.for('staffing-model.parsed');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Offices' `cases` and `officers`, which `readCounts` checks (and this walk skips). */
const isCountsField = (path: IssuePath, key: string) => path.length === 2 && path[0] === 'offices' && (key === 'cases' || key === 'officers');

/**
 * `JSON.parse` keeps a `"__proto__"` key as an own property, but a schema copying it into a new
 * object would drop it without a word. Such keys are refused instead, with their paths. `path` is
 * where `value` is: the walk extends it in place and gives it back as it was, and copies it only
 * for an issue (most models have none, and a copy per value was most of the walk's time).
 */
function protoKeys(value: unknown, path: IssuePath, issues: Issue[]): Issue[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item !== 'object' || item === null) return; // no keys to look at
      path.push(i);
      protoKeys(item, path, issues);
      path.pop();
    });
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') issues.push({ path: [...path, key], message: '"__proto__" cannot be used as a key or id' });
      else if (!isCountsField(path, key)) {
        const field = value[key];
        if (typeof field !== 'object' || field === null) continue;
        path.push(key);
        protoKeys(field, path, issues);
        path.pop();
      }
    }
  }
  return issues;
}

/**
 * Each office's counts, checked, and copied unless `inPlace` (then listed as read: see
 * `InPlaceCounts`); `offices[i]` that is not an object gets none (zod says why).
 */
function officeCounts(input: unknown, issues: Issue[], inPlace: boolean): OfficeCounts[] {
  const offices = isObject(input) ? input.offices : undefined;
  if (!Array.isArray(offices)) return [];
  const copy = (): CountsCopy => (inPlace ? new InPlaceCounts(offices.length) : new RecordCopier());
  const copies = { officers: copy(), cases: copy() };
  const listOf = (copy: CountsCopy) => (copy instanceof InPlaceCounts ? copy.take() : undefined);
  return offices.map((office: unknown, i) => {
    const fields = isObject(office) ? office : {};
    const officers = readCounts(fields.officers, ['offices', i, 'officers'], 'officers', issues, copies.officers);
    const officersList = listOf(copies.officers);
    const cases = readCounts(fields.cases, ['offices', i, 'cases'], 'cases', issues, copies.cases);
    return { officers, cases, officersList, casesList: listOf(copies.cases) };
  });
}

/** The fields of an office that `simpleOffice` checks itself; any other field sends the model through zod whole. */
const SIMPLE_OFFICE_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'source', 'officers', 'cases']);

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * True for an office the shape schema accepts as it is, checked as the schema checks it: an object
 * (not an array) whose keys, own or inherited (for-in, as zod reads them), are among id, name, source,
 * officers and cases; an id that is a non-empty string other than "__proto__"; a name and a source
 * that are strings when given. Its counts are `readCounts`'s to check.
 */
function simpleOffice(office: unknown): boolean {
  if (!isObject(office) || Array.isArray(office)) return false;
  for (const key in office) if (!SIMPLE_OFFICE_FIELDS.has(key)) return false;
  const { id } = office;
  return typeof id === 'string' && id.length > 0 && id !== '__proto__' && optionalString(office.name) && optionalString(office.source);
}

/** Every office simple, holes of a sparse array included (each reads as undefined, as zod reads it). */
function allSimple(offices: readonly unknown[]): boolean {
  for (let i = 0; i < offices.length; i++) if (!simpleOffice(offices[i])) return false;
  return true;
}

/**
 * The shape check of a model input. When every office is simple (see `simpleOffice`), the offices
 * cannot add an issue, and zod checks the rest of the model with no offices; the offices are then
 * taken as they are. zod's copy of 1,000 offices was a tenth of the time of `parseModel` and of its
 * garbage. Any other input is undefined here: it goes through zod whole (checkShape.ts, long office
 * lists a slice at a time), so every issue is zod's, in zod's order.
 */
function simpleShape(input: unknown) {
  // A plain object only: its copy below has the same keys, own and inherited, for zod to read.
  const plain = isObject(input) && Object.getPrototypeOf(input) === Object.prototype ? input : undefined;
  const offices = plain?.offices;
  if (!plain || !Array.isArray(offices) || offices.length === 0 || !allSimple(offices)) return undefined;
  const shape = ModelShapeSchema.safeParse({ ...plain, offices: [] }, { reportInput: true });
  if (shape.success) shape.data.offices = offices as NonNullable<ModelShape['offices']>;
  return shape;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Freezes and registers a model built from a parsed one by code that kept its rules (withCaseCounts),
 * so that the calculations take it without parsing again. Parts already frozen are taken as they are.
 * Not part of the public API.
 */
export function adoptModel(model: Model): Model {
  Object.defineProperty(model, PARSED, { value: true });
  return deepFreeze(model);
}

/** True for a model returned by `parseModel` (frozen, so still valid). */
export function isParsedModel(value: unknown): value is Model {
  return typeof value === 'object' && value !== null && Object.isFrozen(value) && (value as { [PARSED]?: boolean })[PARSED] === true;
}

/**
 * Validates a model input (a plain object or parsed JSON) and resolves its units, defaults and
 * references. The result is frozen; every calculation accepts it without checking it again.
 * A model that is already parsed is returned as it is; a copy of one (a spread with changed fields,
 * `structuredClone`, a JSON round trip) is an input like any other and parses to the same figures.
 * Anything that is not a model, `null` and `42` included, is a `ModelError` at the path `(model)`.
 *
 * @throws {ModelError} one issue per problem, each with its path, e.g.
 *   `caseTypes[2].tasks[0].time: "3 days" is a calendar unit; write officer time in workday or workweek (...)`
 * @example
 * const model = parseModel({
 *   caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [{ name: 'check-in', time: '20 min', every: '90 days' }] }],
 * })
 * model.caseTypes[0].tasks[0].time // => { amount: 0.3333333333333333, unit: 'hour' }
 */
export function parseModel(input: unknown): Model {
  if (isParsedModel(input)) return input;
  return adoptModel(readModel(input, false));
}

/**
 * A model input read as `parseModel` reads it (the same checks, issues and figures), but with offices'
 * `cases` and `officers` left in place when they are plain records (see `readCounts`), each read once
 * and listed as it is checked (see `InPlaceCounts`: later passes read the list, never the record again),
 * and neither frozen nor marked as parsed: for a calculation that reads the model and returns none of it
 * (`assess`). Copying and freezing 1,000 records of 50 counts was most of the time of `assess` from
 * an input. The result holds the input's records: it must not outlive the call, nor be mutated.
 * Not part of the public API.
 */
export function readModelInPlace(input: unknown): Model {
  return isParsedModel(input) ? input : readModel(input, true);
}

function readModel(input: unknown, inPlace: boolean): Model {
  const issues = protoKeys(input, [], []);
  const counts = officeCounts(input, issues, inPlace);
  const simple = simpleShape(input);
  let shape: ModelShape | undefined;
  if (simple === undefined) shape = checkShape(input, issues); // zod over the whole input, long office lists in slices
  else if (simple.success) shape = simple.data;
  else for (const issue of describeSchemaIssues(simple.error.issues)) issues.push(issue);
  if (issues.length > 0 || shape === undefined) throw new ModelError(issues);
  const resolved = resolveModel(shape, counts);
  if ('issues' in resolved) throw new ModelError(resolved.issues);
  return resolved.model;
}
