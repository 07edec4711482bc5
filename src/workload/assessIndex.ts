import { countReader } from '../model/countReader.js';
import { docketsOf } from '../model/lookup.js';
import { unsourcedPaths } from '../model/provenance.js';
import type { Model, Office } from '../model/types.js';
import { weightsOf } from './caseWeight.js';
import { dutiesOf, officerYearOf, yearSettings } from './hours.js';
import { keptPerModel } from './keptPerModel.js';

/** What `assess` reads of a model besides its counts, laid out by position. Shared: not to be changed. */
export interface AssessIndex {
  /** Hours per case per year by case-type id (frozen). */
  weights: Readonly<Record<string, number>>;
  /** The model's dockets, in the order case types first name them. */
  dockets: readonly string[];
  /** For docket d, the positions (model order) of its case types. */
  caseTypesOf: readonly Int32Array[];
  /** For case type i, its weight. */
  weightOf: Float64Array;
  /** The model's case hours per officer per year. */
  caseHours: number;
  /** For office o, its officers' case hours a year. */
  officeCaseHours: Float64Array;
  /** Officers on board, office o and docket d at `o * dockets.length + d` (0 where none are given). */
  officers: Float64Array;
  /** unsourcedPaths of the model (frozen). */
  unsourced: readonly string[];
}

/** An office's case hours a year: the model's unless it overrides its officer year or adds duties. */
function caseHoursOf(model: Model, office: Office, modelCaseHours: number): number {
  if (!office.officerYear && office.collateralDuties.length === 0) return modelCaseHours;
  return officerYearOf(yearSettings(model, office), dutiesOf(model, office)).caseHours;
}

/**
 * The index `assess` reads a model by, computed once per parsed model (keptPerModel): `assess` of a
 * parsed model then only adds up its counts and builds its rows.
 */
export const assessIndex: (model: Model) => AssessIndex = /* @__PURE__ */ keptPerModel((model) => {
  const weights = Object.freeze(weightsOf(model));
  const dockets = Object.freeze(docketsOf(model));
  const { caseTypes, offices } = model;
  const caseTypesOf = dockets.map((docket) =>
    Int32Array.from(caseTypes.flatMap((caseType, i) => (caseType.docket === docket ? [i] : []))),
  );
  const weightOf = Float64Array.from(caseTypes, (caseType) => weights[caseType.id]!);
  const caseHours = officerYearOf(model.officerYear, model.collateralDuties).caseHours;
  const officeCaseHours = Float64Array.from(offices, (office) => caseHoursOf(model, office, caseHours));
  const officers = new Float64Array(offices.length * dockets.length);
  const readOfficers = countReader(model, 'officers', dockets);
  for (let o = 0; o < offices.length; o++) readOfficers(o, officers, o * dockets.length);
  const unsourced = Object.freeze(unsourcedPaths(model));
  return { weights, dockets, caseTypesOf, weightOf, caseHours, officeCaseHours, officers, unsourced };
});
