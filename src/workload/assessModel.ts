import { sumOfProducts } from '../internal/fsum.js';
import { emptyRecord } from '../internal/records.js';
import type { Model } from '../model/types.js';
import type { Assessment, AssessmentRow, OfficeAssessment } from './assess.js';
import { assessIndex } from './assessIndex.js';
import { countRows } from './countRows.js';
import { rowLine } from './staffing.js';
import { TallySum } from './tallySum.js';

/**
 * `assess` of a model already read (by `parseModel` or `readModelInPlace`), its options checked,
 * without the Jupyter display `assess` adds. Not part of the public API. A parsed model's index and
 * counts are kept beside it (keptPerModel), so a call on it adds up counts and builds rows: what it
 * returns is new every call, and the only garbage it leaves.
 */
export function assessModel(parsed: Model, vacancyRate?: number): Assessment {
  const { weights, dockets, caseTypesOf, weightOf, caseHours: modelCaseHours, officeCaseHours, officers, unsourced } = assessIndex(parsed);
  const { counts, row } = countRows(parsed);
  const m = dockets.length;
  const rows: AssessmentRow[] = [];
  const offices: OfficeAssessment[] = [];
  const total = new TallySum();
  const officeTotal = new TallySum();

  for (let o = 0; o < parsed.offices.length; o++) {
    const office = parsed.offices[o]!.id;
    const caseHours = officeCaseHours[o]!;
    officeTotal.reset();
    const at = row(o);
    for (let d = 0; d < m; d++) {
      // The office's cases on the docket (whole numbers: exact in any order) and its workload
      // (count x weight, summed exactly: the order of case types does not matter).
      const members = caseTypesOf[d]!;
      let cases = 0;
      for (let k = 0; k < members.length; k++) cases += counts[at + members[k]!]!;
      const workload = sumOfProducts(counts, at, members, weightOf);
      const line = rowLine(office, dockets[d]!, caseHours, cases, workload, officers[o * m + d]!, vacancyRate);
      rows.push(line);
      officeTotal.add(line);
      total.add(line);
    }
    offices.push(officeTotal.line(office, caseHours) as OfficeAssessment);
  }

  return {
    ...(parsed.name === undefined ? {} : { name: parsed.name }),
    caseHours: modelCaseHours,
    weights: Object.assign(emptyRecord<number>(), weights),
    rows,
    offices,
    total: total.line(),
    unsourced: [...unsourced],
  };
}
