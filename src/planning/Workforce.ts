/** One year of a workforce: officers carrying cases and in training, as full-time equivalents over the year. */
export interface WorkforceYear {
  /** Officers carrying cases, averaged over the year (a hire who finishes training mid-year counts half). */
  officers: number;
  /** Hires still in training, averaged over the year. */
  inTraining: number;
  /** attritionRate x the officers carrying cases at the start of the year, gone from its first day. */
  separations: number;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The officers of one office and docket (or of a whole model) from year to year. Each year, at its
 * start, `attritionRate` of the officers carrying cases leave and the year's hires join; a hire trains
 * for `trainingMonths`, then carries cases, and is counted among those who may leave from the next
 * year on. Figures are year averages: in the j-th year after hiring (j = 0, 1, ...) a hire carries cases
 * for clamp((12 (j + 1) - trainingMonths) / 12) of the year and trains for the rest.
 * Not part of the public API; `hiringPlan` documents the rules.
 */
export class Workforce {
  /** Officers carrying cases at the start of the coming year, before its separations. */
  private carrying: number;
  /** Hires still in training at the start of the coming year, with the years since they joined. */
  private cohorts: { hires: number; age: number }[] = [];

  constructor(
    officers: number,
    private readonly attritionRate: number,
    private readonly trainingMonths: number,
  ) {
    this.carrying = officers;
  }

  /** Those the coming year's hires join: officers left after its separations, and everyone still training. */
  headcountBeforeHiring(): number {
    return this.carrying * (1 - this.attritionRate) + this.cohorts.reduce((total, cohort) => total + cohort.hires, 0);
  }

  /** Runs one year in which `hires` join at its start. */
  year(hires: number): WorkforceYear {
    const separations = this.attritionRate * this.carrying;
    const staying = this.carrying - separations;
    let officers = staying;
    let inTraining = 0;
    let trained = 0;
    const training: { hires: number; age: number }[] = [];
    for (const cohort of [...this.cohorts, { hires, age: 0 }]) {
      officers += cohort.hires * clamp((12 * (cohort.age + 1) - this.trainingMonths) / 12);
      inTraining += cohort.hires * clamp((this.trainingMonths - 12 * cohort.age) / 12);
      if (12 * (cohort.age + 1) >= this.trainingMonths) trained += cohort.hires;
      else training.push({ hires: cohort.hires, age: cohort.age + 1 });
    }
    this.carrying = staying + trained;
    this.cohorts = training;
    return { officers, inTraining, separations };
  }
}
