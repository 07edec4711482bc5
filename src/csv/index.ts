/**
 * staffing-model/csv: reading a case export without Node (browsers, Deno, workers). `readCaseCounts`
 * takes a File, a Blob, a web ReadableStream, bytes or an (async) iterable of text or bytes, and gives
 * what `readCaseCounts` of staffing-model/node gives, by the same rules and scanner.
 */
export { readCaseCounts } from './readCaseCounts.js';
export type { WebCaseSource } from './webChunks.js';
export type { TextSource } from '../node/csv/RawInput.js';
export { CsvInputError } from '../node/CsvInputError.js';
export type { CaseCounts, CsvReadTally, MultilineRecord, ReadCaseCountsOptions, SkippedRow } from '../node/readCaseCounts.js';
