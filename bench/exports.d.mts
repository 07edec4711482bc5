/** Types of bench/exports.mjs, for the tests that use it. */
export interface ExportSize {
  /** Bytes minified, gzipped, and minified bytes that came from mathjs. */
  min: number;
  gzip: number;
  mathjs: number;
}
export const WITHOUT_UNIT_PARSER: string[];
export function exportSize(name: string, specifier?: 'staffing-model' | 'staffing-model/node' | 'staffing-model/csv'): Promise<ExportSize>;
export function exportSizes(): Promise<(ExportSize & { entry: string; name: string })[]>;
export function exportSizesTable(sizes: (ExportSize & { entry: string; name: string })[]): string;
