import { ModelError, type Issue, type IssuePath } from './ModelError.js';
import { resolveModel } from './resolve.js';
import { ModelSchema } from './schema.js';
import { describeSchemaIssues } from './schemaIssues.js';
import type { Model } from './types.js';

/**
 * Marks models this package built and froze: the calculations take them without checking again.
 * A registered symbol, not a module-local WeakSet, so that the ESM and CJS builds and the root and
 * `/node` entries (each may hold its own copy of this module) know each other's models.
 */
const PARSED = Symbol.for('staffing-model.parsed');

/**
 * `JSON.parse` keeps a `"__proto__"` key as an own property, but a schema copying it into a new
 * object would drop it without a word. Such keys are refused instead, with their paths.
 */
function protoKeys(value: unknown, path: IssuePath, issues: Issue[]): Issue[] {
  if (Array.isArray(value)) value.forEach((item, i) => protoKeys(item, [...path, i], issues));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') issues.push({ path: [...path, key], message: '"__proto__" cannot be used as a key or id' });
      else protoKeys((value as Record<string, unknown>)[key], [...path, key], issues);
    }
  }
  return issues;
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
 * so that the calculations take it without parsing again. Not part of the public API.
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
 * A model that is already parsed is returned as it is.
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
  const shape = ModelSchema.safeParse(input, { reportInput: true });
  const issues = protoKeys(input, [], []);
  if (!shape.success) issues.push(...describeSchemaIssues(shape.error.issues));
  if (issues.length > 0 || !shape.success) throw new ModelError(issues);
  const resolved = resolveModel(shape.data);
  if ('issues' in resolved) throw new ModelError(resolved.issues);
  return adoptModel(resolved.model);
}
