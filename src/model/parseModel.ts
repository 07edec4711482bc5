import { RecordCopier } from '../internal/records.js';
import { readCounts } from './counts.js';
import { ModelError, type Issue, type IssuePath } from './ModelError.js';
import { resolveModel, type OfficeCounts } from './resolve.js';
import { ModelShapeSchema } from './schema.js';
import { describeSchemaIssues } from './schemaIssues.js';
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
 * object would drop it without a word. Such keys are refused instead, with their paths.
 */
function protoKeys(value: unknown, path: IssuePath, issues: Issue[]): Issue[] {
  if (Array.isArray(value)) value.forEach((item, i) => protoKeys(item, [...path, i], issues));
  else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') issues.push({ path: [...path, key], message: '"__proto__" cannot be used as a key or id' });
      else if (!isCountsField(path, key)) protoKeys(value[key], [...path, key], issues);
    }
  }
  return issues;
}

/** Each office's counts, checked and copied; `offices[i]` that is not an object gets none (zod says why). */
function officeCounts(input: unknown, issues: Issue[]): OfficeCounts[] {
  const offices = isObject(input) ? input.offices : undefined;
  if (!Array.isArray(offices)) return [];
  const copiers = { officers: new RecordCopier(), cases: new RecordCopier() };
  return offices.map((office: unknown, i) => {
    const fields = isObject(office) ? office : {};
    return {
      officers: readCounts(fields.officers, ['offices', i, 'officers'], 'officers', issues, copiers.officers),
      cases: readCounts(fields.cases, ['offices', i, 'cases'], 'cases', issues, copiers.cases),
    };
  });
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
  const issues = protoKeys(input, [], []);
  const counts = officeCounts(input, issues);
  const shape = ModelShapeSchema.safeParse(input, { reportInput: true });
  if (!shape.success) issues.push(...describeSchemaIssues(shape.error.issues));
  if (issues.length > 0 || !shape.success) throw new ModelError(issues);
  const resolved = resolveModel(shape.data, counts);
  if ('issues' in resolved) throw new ModelError(resolved.issues);
  return adoptModel(resolved.model);
}
