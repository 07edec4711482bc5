import { ModelError, type Issue } from '../model/ModelError.js';
import type { Model } from '../model/types.js';
import { timeHours } from '../model/units.js';
import { dutiesOf, yearSettings } from '../workload/hours.js';
import { activityTerm, type InputIndexes, type Term } from './activityTerm.js';

/** Case hours per office: base[o] minus, for each uncertain duty term of office o, coef x a x b. */
export interface CaseHoursPlan {
  base: Float64Array;
  terms: (Term & { office: number })[];
}

/**
 * The case hours of each office's officers as a function of the uncertain inputs:
 * (paidHours - holidays - leave - training - collateralHours) x (1 - adminShare), with the fixed
 * duties in `base` and the ranged ones as terms (their coef already times 1 - adminShare).
 *
 * @throws {ModelError} when an office would have no case hours with every duty range at its high:
 *   `offices[0]: case hours a year would be -40 with every collateral-duty range at its high; ...`
 */
export function planCaseHours(model: Model, indexes: InputIndexes, highs: Float64Array): CaseHoursPlan {
  const one = highs.length - 1;
  const terms: CaseHoursPlan['terms'] = [];
  const issues: Issue[] = [];
  const base = Float64Array.from(model.offices, (office, o) => {
    const year = yearSettings(model, office);
    const kept = 1 - year.adminShare;
    let hours = year.paidHours - timeHours(year.holidays, year) - timeHours(year.leave, year) - timeHours(year.training, year);
    let atHighs = 0;
    for (const duty of dutiesOf(model, office)) {
      const term = activityTerm(duty, year, indexes, one);
      if (term.a === one && term.b === one) hours -= term.coef;
      else {
        terms.push({ office: o, coef: term.coef * kept, a: term.a, b: term.b });
        atHighs += term.coef * highs[term.a]! * highs[term.b]!;
      }
    }
    if (!((hours - atHighs) * kept > 0)) {
      const left = +((hours - atHighs) * kept).toFixed(2);
      issues.push({ path: ['offices', o], message: `case hours a year would be ${left} with every collateral-duty range at its high; lower those highs or the officer year's deductions` });
    }
    return hours * kept;
  });
  if (issues.length > 0) throw new ModelError(issues);
  return { base, terms };
}
