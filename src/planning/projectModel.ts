import { recordFrom, ownEntries } from '../internal/records.js';
import { docketsOf } from '../model/lookup.js';
import { adoptModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';

/**
 * The model in a later year: every office's case counts x `factor`, rounded to whole cases, and, when
 * `officers` is given, its officers per docket replaced. The model is not changed.
 */
export function projectModel(model: Model, factor: number, officers?: (office: string, docket: string) => number): Model {
  const dockets = docketsOf(model);
  const offices = model.offices.map((office) => ({
    ...office,
    cases: recordFrom(ownEntries(office.cases).map(([id, count]) => [id, count === 0 ? 0 : Math.round(count * factor)] as const)),
    ...(officers ? { officers: recordFrom(dockets.map((docket) => [docket, officers(office.id, docket)] as const)) } : {}),
  }));
  return adoptModel({ ...model, offices });
}
