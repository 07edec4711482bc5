import type { AssessmentRow } from '../../workload/assess.js';
import type { ReportData } from '../reportData.js';

/** The assessment's rows of one docket, in model order, each with its office's label. */
export function docketRows(data: ReportData, docket: string): { label: string; row: AssessmentRow }[] {
  return data.assessment.rows
    .filter((row) => row.docket === docket)
    .map((row) => ({ label: data.officeLabel(row.office), row }));
}
