import { adoptModel } from '../model/parseModel.js';
import type { Activity, Model } from '../model/types.js';

/** The name of the collateral duty that `withWindowDuty` puts in place (compared without case or outer spaces). */
export const WINDOW_DUTY = 'window duty';

export const isWindowDuty = (duty: Activity): boolean => duty.name.trim().toLowerCase() === WINDOW_DUTY;

/**
 * The model with no "window duty" for one office, every other office's officer year unchanged: the
 * office loses its own, and a model-wide one moves into each other office's own duties (an office
 * cannot opt out of a model-wide duty). A model without such a duty is returned as it is.
 */
export function officeWithoutWindowDuty(model: Model, officeId: string): Model {
  const shared = model.collateralDuties.filter(isWindowDuty);
  const own = model.offices.find((office) => office.id === officeId)?.collateralDuties.some(isWindowDuty) ?? false;
  if (shared.length === 0 && !own) return model;
  const offices = model.offices.map((office) =>
    office.id === officeId
      ? { ...office, collateralDuties: office.collateralDuties.filter((duty) => !isWindowDuty(duty)) }
      : shared.length === 0
        ? office
        : { ...office, collateralDuties: [...shared, ...office.collateralDuties] },
  );
  return adoptModel({ ...model, collateralDuties: model.collateralDuties.filter((duty) => !isWindowDuty(duty)), offices });
}
