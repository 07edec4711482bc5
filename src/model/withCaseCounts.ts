import { recordFrom } from '../internal/records.js';
import { describeValue } from '../internal/describeValue.js';
import { ModelError, type Issue } from './ModelError.js';
import { KeyIndex } from './matchKey.js';
import { suggestions } from './nearest.js';
import { officeMatcher, type MatchedBy } from './officeMatcher.js';
import { adoptModel, parseModel } from './parseModel.js';
import type { Model, ModelLike } from './types.js';
import { quotedList } from '../internal/quotedList.js';

/** Counts per case type: a record or a Map. */
export type CountsByCaseType = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/** Case counts per office string and case type, as `readCaseCounts` returns them: records or Maps. */
export type CaseCountsInput = Readonly<Record<string, CountsByCaseType>> | ReadonlyMap<string, CountsByCaseType>;

/** What `withCaseCounts` takes beside the model and the counts. */
export interface WithCaseCountsOptions {
  /**
   * Office strings of the counts mapped to the model's office ids (`{ "Wash. D.C.": "washington-dc" }`),
   * for strings that are neither an office's id nor its name. Keys compare as ids do (trimmed,
   * case-folded, NFC); an entry wins over an id or name.
   */
  officeMap?: Readonly<Record<string, string>>;
}

/** The model with new case counts, and what did not match. */
export interface WithCaseCounts {
  /** The model with each office's cases replaced by the counts. */
  model: Model;
  /** Which office each office string of the counts was counted to, and how it matched. */
  matches: {
    /** The office string of the counts. */
    office: string;
    /** The id of the office it was counted to. */
    officeId: string;
    /** How it matched. */
    by: MatchedBy;
  }[];
  /** Office strings that match no office, with their case totals: these cases are not in the model. */
  officesNotInModel: {
    /** The office string of the counts. */
    office: string;
    /** Its cases, added up over case types. */
    cases: number;
  }[];
  /** Offices of the model that no office string matched: they now have no cases. */
  officesWithoutCounts: string[];
  /** Cases counted into the model's offices, and cases not counted (the total of `officesNotInModel`). */
  casesCounted: number;
  /** Cases of office strings that match no office: not in the model. */
  casesNotCounted: number;
}

/**
 * A new model whose offices' case counts are `counts` (such as `readCaseCounts` returns), and what did
 * not match, so nothing is dropped without a word. An office string counts to the office whose id,
 * else whose name, it is once both are compared by `matchKey` (trimmed, inner white space one space,
 * case-folded, NFC: `" Washington-DC"` is `washington-dc`); a case type likewise to the case type
 * whose id it is (` Non-Detained ` is `non-detained`), or to the office `officeMap` gives; several strings of one office add up. The
 * input model is not changed.
 *
 * @throws {TypeError} `withCaseCounts: counts must be an object or Map of case counts per office, such as readCaseCounts returns, got null`
 * @throws {ModelError} `counts["washington-dc"].XX: unknown case type "XX" (case types: ...)`, a count
 *   that is not a whole number >= 0, `counts.DC: matches the ids of offices "DC", "dc"; say which with
 *   officeMap`, `officeMap["Wash."]: unknown office "wdc" (offices: ...)`
 * @example
 * const { model, officesNotInModel, officesWithoutCounts } = withCaseCounts(scenario, {
 *   'Washington, DC': { 'non-detained': 10156 }, // the office's name matches too
 *   'boston-ma': { 'non-detained': 12 },
 * })
 * model.offices[1].cases // => { 'non-detained': 10156 }
 * officesNotInModel // => [{ office: 'boston-ma', cases: 12 }]
 * officesWithoutCounts // => ['seattle-wa', 'st-paul-mn', 'atlanta-ga']
 */
export function withCaseCounts(model: ModelLike, counts: CaseCountsInput, options: WithCaseCountsOptions = {}): WithCaseCounts {
  if (counts === null || typeof counts !== 'object' || Array.isArray(counts)) {
    throw new TypeError(`withCaseCounts: counts must be an object or Map of case counts per office, such as readCaseCounts returns, got ${describeValue(counts)}`);
  }
  if (options === null || typeof options !== 'object') throw new TypeError(`withCaseCounts: options must be an object, got ${describeValue(options)}`);
  const { officeMap } = options;
  if (officeMap !== undefined && (officeMap === null || typeof officeMap !== 'object' || Array.isArray(officeMap) || officeMap instanceof Map)) {
    throw new TypeError(`withCaseCounts: options.officeMap must be an object of office strings to office ids, got ${describeValue(officeMap)}`);
  }
  const parsed = parseModel(model);
  const issues: Issue[] = [];
  const matcher = officeMatcher(parsed.offices, officeMap, issues);
  const caseTypeIds = parsed.caseTypes.map((caseType) => caseType.id);
  const caseTypeIndex = new KeyIndex(caseTypeIds, (id) => id);

  const byOffice = new Map<string, Map<string, number>>(); // office id -> case type -> cases
  const result: Omit<WithCaseCounts, 'model' | 'officesWithoutCounts'> = { matches: [], officesNotInModel: [], casesCounted: 0, casesNotCounted: 0 };
  for (const [office, byType] of entriesOf(counts)) {
    if (byType === null || typeof byType !== 'object' || Array.isArray(byType)) {
      issues.push({ path: ['counts', office], message: `must be an object or Map of cases per case type, got ${describeValue(byType)}` });
      continue;
    }
    // Case types match the model's ids as offices do (matchKey): " Non-Detained " counts to non-detained.
    const entries: [string, number][] = [];
    let total = 0;
    for (const [caseType, count] of entriesOf(byType as CountsByCaseType)) {
      const found = caseTypeIndex.find(caseType);
      if (found.length === 0) {
        issues.push({ path: ['counts', office, caseType], message: `unknown case type "${caseType}"${suggestions(caseType, caseTypeIds, 'case types')}` });
      } else if (found.length > 1) {
        issues.push({ path: ['counts', office, caseType], message: `matches the case types ${quotedList(found)}, which differ only in case or spacing` });
      } else if (!(Number.isSafeInteger(count) && count >= 0)) {
        issues.push({ path: ['counts', office, caseType], message: `must be a whole number >= 0, got ${describeValue(count)}` });
      } else {
        total += count;
        entries.push([found[0]!, count]);
      }
    }
    const match = matcher.match(office);
    if (match && 'ambiguous' in match) {
      issues.push({ path: ['counts', office], message: match.ambiguous });
    } else if (match) {
      result.matches.push({ office, ...match });
      const cases = byOffice.get(match.officeId) ?? byOffice.set(match.officeId, new Map()).get(match.officeId)!;
      for (const [caseType, count] of entries) cases.set(caseType, (cases.get(caseType) ?? 0) + count);
      result.casesCounted += total;
    } else {
      result.officesNotInModel.push({ office, cases: total });
      result.casesNotCounted += total;
    }
  }
  if (issues.length > 0) throw new ModelError(issues);

  const offices = parsed.offices.map((office) => ({ ...office, cases: recordFrom(byOffice.get(office.id) ?? []) }));
  return {
    model: adoptModel({ ...parsed, offices }),
    ...result,
    officesWithoutCounts: parsed.offices.filter((office) => !byOffice.has(office.id)).map((office) => office.id),
  };
}

/** Own entries of a record, or a Map's entries. */
function entriesOf<T>(collection: Readonly<Record<string, T>> | ReadonlyMap<string, T>): [string, T][] {
  if (collection instanceof Map) return [...collection.entries()];
  const record = collection as Readonly<Record<string, T>>;
  return Object.keys(record).map((key) => [key, record[key]!]);
}
