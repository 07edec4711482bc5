/**
 * A case export the planner picks, read in the page (staffing-model/csv: no server, no Node) and put
 * into the model's offices: their case counts replaced, what did not match said in words.
 */
import { parseModel, withCaseCounts, type ModelInput } from 'staffing-model';
import { readCaseCounts } from 'staffing-model/csv';

/** The model input with the export's counts as its offices' cases, and a sentence on what was read. */
export async function loadCaseExport(input: ModelInput, file: Blob & { name?: string }, caseTypeMap?: Record<string, string>): Promise<{ input: ModelInput; status: string }> {
  const model = parseModel(input);
  const read = await readCaseCounts(file, {
    caseTypes: model.caseTypes.map((caseType) => caseType.id),
    onInvalid: 'skip',
    ...(caseTypeMap ? { caseTypeMap } : {}),
  });
  const merged = withCaseCounts(model, read.counts);
  const copy = structuredClone(input);
  copy.offices = (copy.offices ?? []).map((office, i) => ({ ...office, cases: { ...merged.model.offices[i]!.cases } }));
  const whole = (n: number) => n.toLocaleString('en-US');
  const parts = [`${file.name ?? 'The export'}: ${whole(read.rows)} rows, ${whole(merged.casesCounted)} cases counted`];
  if (merged.officesNotInModel.length > 0) {
    parts.push(`${merged.officesNotInModel.length} office(s) not in the model (${merged.officesNotInModel.map((o) => `"${o.office}"`).join(', ')}; ${whole(merged.casesNotCounted)} cases not counted)`);
  }
  if (merged.officesWithoutCounts.length > 0) parts.push(`${merged.officesWithoutCounts.length} office(s) with no cases in the export`);
  if (read.skippedCount > 0) parts.push(`${whole(read.skippedCount)} row(s) skipped (first: line ${read.skipped[0]!.line}, ${read.skipped[0]!.reason})`);
  return { input: copy, status: `${parts.join('; ')}.` };
}
