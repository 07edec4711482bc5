import { docketsOf } from '../model/lookup.js';
import type { Model } from '../model/types.js';

/**
 * The rows of a plan, office x docket (offices in model order, dockets in the order case types name
 * them, as in `assess`): row r has cellCount[c] cases of case type cellCaseType[c] for c from
 * rowStart[r] to rowStart[r + 1], and rowOfficers[r] officers on board.
 */
export interface PlanRows {
  dockets: number;
  rowStart: Int32Array;
  cellCaseType: Int32Array;
  cellCount: Float64Array;
  rowOfficers: Float64Array;
}

export function planRows(model: Model): PlanRows {
  const dockets = docketsOf(model);
  const rowStart = [0];
  const cellCaseType: number[] = [];
  const cellCount: number[] = [];
  const rowOfficers: number[] = [];
  for (const office of model.offices) {
    for (const docket of dockets) {
      model.caseTypes.forEach((caseType, j) => {
        const count = caseType.docket === docket ? (office.cases[caseType.id] ?? 0) : 0;
        if (count > 0) {
          cellCaseType.push(j);
          cellCount.push(count);
        }
      });
      rowStart.push(cellCaseType.length);
      rowOfficers.push(office.officers[docket] ?? 0);
    }
  }
  return {
    dockets: dockets.length, rowStart: Int32Array.from(rowStart), cellCaseType: Int32Array.from(cellCaseType),
    cellCount: Float64Array.from(cellCount), rowOfficers: Float64Array.from(rowOfficers),
  };
}
