import { checkParser, countRules } from '../node/csv/countRules.js';
import { countCases, warnDetected } from '../node/csv/countCases.js';
import type { TableDelimiter } from '../node/csv/detectDelimiter.js';
import { checkDelimiter, checkEncoding } from '../node/csv/csvOptions.js';
import { isUtf8Decodable } from '../node/csv/bytes.js';
import { iterableInput } from '../node/csv/RawInput.js';
import { readRecords } from '../node/csv/readRecords.js';
import type { CaseCounts, ReadCaseCountsOptions } from '../node/readCaseCounts.js';
import { webChunks, type WebCaseSource } from './webChunks.js';

/**
 * Counts cases per office and case type from a case-level CSV export without Node: in a browser from
 * the File a user picks (or a Blob, a web ReadableStream, bytes, or an (async) iterable of text or
 * bytes), streaming. The rules, options, results and errors are those of `readCaseCounts` in
 * `staffing-model/node` (docs/data.md), read by the same byte scanner; a File's name is the file in
 * messages. `parser: "csv-parse"` needs Node.
 *
 * @throws {TypeError} `readCaseCounts (staffing-model/csv): source must be a File or Blob, ...; a file path needs staffing-model/node, got the string "cases.csv"`
 * @throws {RangeError} for a bad option (`delimiter: expected one ASCII character ...`), or `parser: "csv-parse" needs Node (staffing-model/node); ...`
 * @throws {CsvInputError} as `readCaseCounts` of staffing-model/node: `cases.csv, line 17: expected 5 fields, found 4`
 * @example
 * const file = new File(['office,case_type\ndc,nd\ndc,nd\natl,nd\n'], 'cases.csv')
 * const { counts, rows } = await readCaseCounts(file)
 * counts // => { dc: { nd: 2 }, atl: { nd: 1 } }
 * rows // => 3
 */
export async function readCaseCounts(source: WebCaseSource, options: ReadCaseCountsOptions = {}): Promise<CaseCounts> {
  const { chunks, name } = webChunks(source);
  const rules = { ...countRules(chunks instanceof Uint8Array ? [chunks] : chunks, options), file: name };
  const csv = {
    delimiter: options.delimiter === undefined ? undefined : checkDelimiter(options.delimiter),
    encoding: checkEncoding(options.encoding ?? 'utf-8'),
    parser: checkParser(options.parser ?? 'fast'),
    file: name,
  };
  const detected = (counter: { warnings: string[] }) => (delimiter: TableDelimiter, line: number) => warnDetected(counter.warnings, delimiter, line);
  return countCases(rules, (counter) => readRecords(async () => iterableInput(chunks), { ...csv, detected: detected(counter) }, counter, { isUtf8: isUtf8Decodable }));
}
