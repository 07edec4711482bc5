import type { Activity, CaseType, Model, Office, OfficerYearSettings } from './types.js';
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

/** The officer year that applies to an office: its own fields over the model's. */
export function yearSettings(model: Model, office?: Office): OfficerYearSettings {
  return office?.officerYear ? { ...model.officerYear, ...office.officerYear } : model.officerYear;
}

/** The collateral duties an office's officers carry: the model's, then the office's own. */
export function dutiesOf(model: Model, office?: Office): readonly Activity[] {
  return office && office.collateralDuties.length > 0
    ? [...model.collateralDuties, ...office.collateralDuties]
    : model.collateralDuties;
}
