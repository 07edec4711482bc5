import { ModelError, type Issue, type IssuePath } from './ModelError.js';
import { resolveModel } from './resolve.js';
import { ModelSchema } from './schema.js';
import { describeSchemaIssues } from './schemaIssues.js';
import type { Model } from './types.js';

/** Models this module built and froze: the calculations take them without checking again. */
const parsedModels = new WeakSet<object>();

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

/** True for a model returned by `parseModel` (frozen, so still valid). */
export function isParsedModel(value: unknown): value is Model {
  return typeof value === 'object' && value !== null && parsedModels.has(value);
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
  const model = deepFreeze(resolved.model);
  parsedModels.add(model);
  return model;
}
