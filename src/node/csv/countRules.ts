/** readCaseCounts's options, checked where they enter: a TypeError for a wrong type, a RangeError for a wrong value. */
import type { CsvParser } from './readRecords.js';
import type { ReadCaseCountsOptions } from '../readCaseCounts.js';
import { describeValue } from '../../internal/describeValue.js';
import { KeyIndex, matchKey } from '../../model/matchKey.js';

/** The columns, checks and limits of one count (readCaseCounts's options, checked). */
export interface CountRules {
  file: string | undefined;
  officeColumn: string;
  caseTypeColumn: string;
  countColumn: string | undefined;
  /** The case-type map by the `matchKey` of its codes. */
  caseTypeMap: ReadonlyMap<string, string> | undefined;
  /** The case types, to match by `matchKey`, and their ids for messages. */
  caseTypes: { index: KeyIndex<string>; ids: readonly string[] } | undefined;
  skip: boolean;
  maxSkippedListed: number;
}

/** The options, checked at the edge: TypeError for a wrong type, RangeError for a wrong value. */
export function countRules(source: unknown, options: unknown): CountRules {
  const iterable = source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source);
  if (typeof source !== 'string' && !iterable) {
    throw new TypeError(`readCaseCounts: source must be a file path or an (async) iterable of text or bytes, got ${describeValue(source)}`);
  }
  if (options === null || typeof options !== 'object') throw new TypeError(`readCaseCounts: options must be an object, got ${describeValue(options)}`);
  const o = options as ReadCaseCountsOptions;
  const text = (name: keyof ReadCaseCountsOptions, fallback?: string): string | undefined => {
    const value = o[name] ?? fallback;
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      throw new TypeError(`readCaseCounts: options.${name} must be a column name, got ${describeValue(value)}`);
    }
    return value as string | undefined;
  };
  const map = o.caseTypeMap;
  if (map !== undefined && (map === null || typeof map !== 'object' || Object.values(map).some((id) => typeof id !== 'string'))) {
    throw new TypeError(`readCaseCounts: options.caseTypeMap must be an object of export codes to case-type ids (strings), got ${describeValue(map)}`);
  }
  const caseTypes = o.caseTypes;
  if (caseTypes !== undefined && (caseTypes === null || typeof caseTypes === 'string' || !(Symbol.iterator in Object(caseTypes)))) {
    throw new TypeError(`readCaseCounts: options.caseTypes must be an iterable of case-type ids, got ${describeValue(caseTypes)}`);
  }
  const onInvalid = o.onInvalid ?? 'throw';
  if (onInvalid !== 'throw' && onInvalid !== 'skip') throw new RangeError(`onInvalid: expected "throw" or "skip", got ${describeValue(onInvalid)}`);
  const maxSkippedListed = o.maxSkippedListed ?? 100;
  if (!Number.isSafeInteger(maxSkippedListed) || maxSkippedListed < 0) {
    throw new RangeError(`maxSkippedListed: expected a whole number >= 0, got ${describeValue(maxSkippedListed)}`);
  }
  return {
    file: typeof source === 'string' ? source : undefined,
    officeColumn: text('officeColumn', 'office')!,
    caseTypeColumn: text('caseTypeColumn', 'case_type')!,
    countColumn: text('countColumn'),
    caseTypeMap: map === undefined ? undefined : foldedMap(map),
    caseTypes: caseTypes === undefined ? undefined : { index: new KeyIndex(caseTypes, (id) => id), ids: [...caseTypes] },
    skip: onInvalid === 'skip',
    maxSkippedListed,
  };
}

/**
 * The case-type map by the `matchKey` of its codes (an export's `nd` is the map's `ND`).
 *
 * @throws {RangeError} for two codes that match each other but map to different ids:
 *   `caseTypeMap: "ND" and "nd" are one code (matched trimmed and ignoring case) but map to "non-detained" and "detained"`
 */
function foldedMap(map: Readonly<Record<string, string>>): Map<string, string> {
  const folded = new Map<string, string>();
  const codeOf = new Map<string, string>();
  for (const code of Object.keys(map)) {
    const key = matchKey(code);
    const earlier = folded.get(key);
    if (earlier !== undefined && earlier !== map[code]) {
      throw new RangeError(`caseTypeMap: "${codeOf.get(key)}" and "${code}" are one code (matched trimmed and ignoring case) but map to "${earlier}" and "${map[code]}"`);
    }
    folded.set(key, map[code]!);
    codeOf.set(key, code);
  }
  return folded;
}

export function checkParser(parser: unknown): CsvParser {
  if (parser !== 'fast' && parser !== 'csv-parse') throw new RangeError(`parser: expected "fast" or "csv-parse", got ${describeValue(parser)}`);
  return parser;
}
