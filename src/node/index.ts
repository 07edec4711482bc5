/**
 * staffing-model/node: readers for files and streams (Node only). The root export has no Node-only
 * code; this one adds what reads from disk.
 */
export { readCaseCounts } from './readCaseCounts.js';
export type { CaseCounts, CaseSource, CsvReadTally, MultilineRecord, ReadCaseCountsOptions, SkippedRow } from './readCaseCounts.js';
export type { TextSource } from './csv/RawInput.js';
export type { CsvParser } from './csv/readCsv.js';
export { CsvInputError } from './CsvInputError.js';
// loadModel and readCaseCounts throw it: the same class as the root export's.
export { ModelError, formatPath } from '../model/ModelError.js';
export type { Issue, IssuePath } from '../model/ModelError.js';
export { loadModel } from './loadModel.js';
export type { LoadModelOptions } from './loadModel.js';
export type { InputWarning, OnWarning } from './InputWarning.js';
export { withCaseCounts } from '../model/withCaseCounts.js';
export type { WithCaseCounts, WithCaseCountsOptions, CaseCountsInput } from '../model/withCaseCounts.js';
export { readTimeStudy } from './timeStudy/readTimeStudy.js';
export type { ReadTimeStudyOptions, TimeStudyLog } from './timeStudy/readTimeStudy.js';
export { readStudyCaseloads } from './timeStudy/readStudyCaseloads.js';
export type { StudyCaseloadsFile } from './timeStudy/readStudyCaseloads.js';
export type { TableReadOptions } from './csv/tableRules.js';
