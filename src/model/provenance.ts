import { formatPath, type IssuePath } from './ModelError.js';
import { parseModel } from './parseModel.js';
import type { Activity, Model, ModelLike } from './types.js';

/**
 * Paths of the inputs that carry numbers but no `source`, their own or an enclosing object's
 * (the model's source covers everything; a case type's, its tasks; an office's, all it holds).
 * A review of CBP's staffing model (DHS OIG, OIG-14-117) found its inputs uncatalogued: this is the
 * catalogue of what is still a guess. Takes a model input or a parsed model, like every calculation.
 *
 * @throws {ModelError} when `model` is an input that does not parse
 * @example
 * unsourcedInputs({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1 }] }] })
 * // => ['officerYear', 'caseTypes[0].tasks[0]']
 */
export function unsourcedInputs(input: ModelLike): string[] {
  return unsourcedPaths(parseModel(input));
}

/** `unsourcedInputs` of a model already read. */
export function unsourcedPaths(model: Model): string[] {
  if (model.source !== undefined) return [];
  const paths: IssuePath[] = [];
  const duties = (path: () => IssuePath, activities: readonly Activity[]) => {
    // The path is made only for activities without a source (most offices have no duties of their own).
    for (let i = 0; i < activities.length; i++) if (activities[i]!.source === undefined) paths.push([...path(), i]);
  };

  if (model.officerYear.source === undefined) paths.push(['officerYear']);
  duties(() => ['collateralDuties'], model.collateralDuties);
  model.caseTypes.forEach((caseType, i) => {
    if (caseType.source === undefined) duties(() => ['caseTypes', i, 'tasks'], caseType.tasks);
  });
  model.offices.forEach((office, i) => {
    if (office.source !== undefined) return;
    paths.push(['offices', i]);
    if (office.officerYear && office.officerYear.source === undefined) paths.push(['offices', i, 'officerYear']);
    duties(() => ['offices', i, 'collateralDuties'], office.collateralDuties);
  });
  return paths.map(formatPath);
}
