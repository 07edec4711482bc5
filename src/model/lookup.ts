import type { CaseType, Model, Office } from './types.js';
import { quotedList } from '../internal/quotedList.js';

/**
 * The office with this id.
 * @throws {RangeError} `unknown office "x" (offices: "a", "b")`
 */
export function findOffice(model: Model, id: string): Office {
  const office = model.offices.find((candidate) => candidate.id === id);
  if (!office) throw new RangeError(`unknown office "${id}" (offices: ${quotedList(model.offices.map((o) => o.id))})`);
  return office;
}

/**
 * The case type with this id.
 * @throws {RangeError} `unknown case type "x" (case types: "a", "b")`
 */
export function findCaseType(model: Model, id: string): CaseType {
  const caseType = model.caseTypes.find((candidate) => candidate.id === id);
  if (!caseType) {
    throw new RangeError(`unknown case type "${id}" (case types: ${quotedList(model.caseTypes.map((c) => c.id))})`);
  }
  return caseType;
}

/** The model's dockets, in the order case types first name them. */
export function docketsOf(model: Model): string[] {
  return [...new Set(model.caseTypes.map((caseType) => caseType.docket))];
}
