/**
 * The model input checked against ModelShapeSchema, with every issue kept however many there are.
 * zod gathers an array's issues with `push(...issues)`, which overflows the call stack past about
 * 100,000 of them (a spreadsheet export of 300,000 offices, each with one misspelt column, has as
 * many): long office lists are checked a slice at a time and their issues moved over in a loop.
 */
import type { Issue } from './ModelError.js';
import { ModelShapeSchema, OfficesShapeSchema, type ModelShape } from './schema.js';
import { describeSchemaIssues } from './schemaIssues.js';

/** Offices checked by one call of zod: few enough that their issues fit one call's arguments. */
const OFFICES_PER_CHECK = 10_000;

/** The checked shape, or undefined with its issues added to `issues`. */
export function checkShape(input: unknown, issues: Issue[]): ModelShape | undefined {
  const offices = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { offices?: unknown }).offices : undefined;
  if (!Array.isArray(offices) || offices.length <= OFFICES_PER_CHECK) return checked(ModelShapeSchema.safeParse(input, { reportInput: true }), [], issues);
  const model = checked(ModelShapeSchema.safeParse({ ...(input as object), offices: [] }, { reportInput: true }), [], issues);
  const all: NonNullable<ModelShape['offices']> = [];
  for (let start = 0; start < offices.length; start += OFFICES_PER_CHECK) {
    const part = checked(OfficesShapeSchema.safeParse(offices.slice(start, start + OFFICES_PER_CHECK), { reportInput: true }), ['offices', start], issues);
    if (part) for (const office of part) all.push(office);
  }
  return model && all.length === offices.length ? { ...model, offices: all } : undefined;
}

/** A parse's data, or undefined with its issues added, their paths under `prefix` (`['offices', start]` adds start to the index). */
function checked<T>(result: { success: true; data: T } | { success: false; error: { issues: Parameters<typeof describeSchemaIssues>[0] } }, prefix: [] | ['offices', number], issues: Issue[]): T | undefined {
  if (result.success) return result.data;
  for (const issue of describeSchemaIssues(result.error.issues)) {
    if (prefix.length === 0) issues.push(issue);
    else issues.push({ path: ['offices', prefix[1] + (issue.path[0] as number), ...issue.path.slice(1)], message: issue.message });
  }
  return undefined;
}
