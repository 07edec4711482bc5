import { allocateHires } from '../allocation/allocateHires.js';
import type { Model } from '../model/types.js';
import { assess } from '../workload/assess.js';
import type { HiringPlanOfficeRow } from './hiringPlanTypes.js';
import { projectModel } from './projectModel.js';
import { Workforce } from './Workforce.js';

/**
 * Where each year's hires go: each year, `allocateHires` places them on that year's docket, over the
 * officers each office and docket then has (those left after the year's separations, and everyone still
 * in training: they are committed to it). Each office and docket's workforce then runs its year, with
 * the same attrition and training as the whole (so the rows add up to the model's).
 */
export function placeHires(
  model: Model,
  factors: readonly number[],
  hires: number,
  attritionRate: number,
  trainingMonths: number,
  startYear: number,
): HiringPlanOfficeRow[] {
  const key = (office: string, docket: string) => JSON.stringify([office, docket]);
  const workforces = new Map(
    assess(model).rows.map((row) => [key(row.office, row.docket), new Workforce(row.officers, attritionRate, trainingMonths)]),
  );
  const placed: HiringPlanOfficeRow[] = [];
  factors.forEach((factor, k) => {
    const officers = (office: string, docket: string) => workforces.get(key(office, docket))!.headcountBeforeHiring();
    for (const row of allocateHires(projectModel(model, factor, officers), hires).rows) {
      workforces.get(key(row.office, row.docket))!.year(row.added);
      if (row.added > 0) placed.push({ year: startYear + k, office: row.office, docket: row.docket, hires: row.added });
    }
  });
  return placed;
}
