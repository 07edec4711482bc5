import type { Activity, CaseType, Model, Office, OfficerYearSettings } from './types.js';
import { quotedList } from '../internal/quotedList.js';
import { nearest, suggestions } from './nearest.js';
import { officeMatcher } from './officeMatcher.js';

/**
 * The office a string means: the office with this id; else the one whose id, then whose name, is the
 * same once both are trimmed, NFC-normalized and case-folded (`officeKey`, the rule an export's office
 * strings are read by: `"Montréal"` and `" MONTREAL "` find the office `montreal` named `Montréal`).
 * @throws {RangeError} `unknown office "Montrel"; did you mean "montreal"? (offices: "washington-dc", "montreal")`;
 *   `office "Springfield" is the name of offices "il", "ma": give its id`
 */
export function findOffice(model: Model, text: string): Office {
  const exact = model.offices.find((candidate) => candidate.id === text);
  if (exact) return exact;
  const match = officeMatcher(model.offices, undefined, []).match(text);
  if (match && 'ambiguous' in match) {
    throw new RangeError(`office "${text}" is the ${match.by} of offices ${quotedList(match.officeIds)}: give its id`);
  }
  if (match) return model.offices.find((office) => office.id === match.officeId)!;
  const ids = model.offices.map((office) => office.id);
  const known = [...ids, ...model.offices.flatMap((office) => (office.name === undefined ? [] : [office.name]))];
  const near = nearest(text.trim(), known);
  throw new RangeError(`unknown office "${text}"${near === undefined ? '' : `; did you mean "${near}"?`} (offices: ${quotedList(ids)})`);
}

/**
 * The case type with this id.
 * @throws {RangeError} `unknown case type "x" (case types: "a", "b")`
 */
export function findCaseType(model: Model, id: string): CaseType {
  const caseType = model.caseTypes.find((candidate) => candidate.id === id);
  if (!caseType) {
    throw new RangeError(`unknown case type "${id}"${suggestions(id, model.caseTypes.map((c) => c.id), 'case types')}`);
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
