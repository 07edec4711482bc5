import { describe, expect, it } from 'vitest';
import { assess, matchKey, ModelError, officeKey, parseModel, withCaseCounts } from '../../src/index.js';
import { issueLines, smallModel } from '../helpers.js';

/** smallModel with offices that have names: the case type `nd` is on the `non-detained` docket. */
function namedOffices(offices: { id: string; name?: string }[]) {
  return { ...smallModel(), offices: offices.map((office) => ({ ...office, officers: { 'non-detained': 1 } })) };
}

describe('withCaseCounts', () => {
  it("replaces the offices' case counts and reports what did not match", () => {
    const base = { ...smallModel(), offices: [{ id: 'a', officers: { 'non-detained': 2 } }, { id: 'b' }] };
    const result = withCaseCounts(base, { a: { nd: 1040 }, z: { nd: 7 } });
    expect(result.officesNotInModel).toEqual([{ office: 'z', cases: 7 }]);
    expect(result.officesWithoutCounts).toEqual(['b']);
    expect([result.casesCounted, result.casesNotCounted]).toEqual([1040, 7]);
    expect(result.matches).toEqual([{ office: 'a', officeId: 'a', by: 'id' }]);
    // The same numbers as a model written with those counts (test/workload/assess.test.ts: 2.5 officers).
    expect(assess(result.model).rows[0]).toEqual(assess(smallModel()).rows[0]);
    expect(result.model.offices[1]!.cases).toEqual({});
  });

  it('returns a parsed model and leaves the input alone', () => {
    const base = parseModel(smallModel());
    const { model } = withCaseCounts(base, { a: { nd: 5 } });
    expect(parseModel(model)).toBe(model); // taken as parsed, not parsed again
    expect(Object.isFrozen(model)).toBe(true);
    expect(base.offices[0]!.cases.nd).toBe(1040);
  });

  it('matches office strings by id, then by name: trimmed, case-folded, NFC; strings of one office add up', () => {
    const base = namedOffices([
      { id: 'washington-dc', name: 'Washington, DC' },
      { id: 'montreal', name: 'Montréal' }, // NFC: é is U+00E9
      { id: 'atlanta-ga', name: 'Atlanta, GA' },
    ]);
    const counts = {
      'washington-dc': { nd: 1 },
      ' WASHINGTON-DC ': { nd: 2 },
      'washington, dc': { nd: 4 },
      'Montre\u0301al': { nd: 8 }, // NFD: e and a combining acute accent
      'MONTRÈAL': { nd: 16 }, // another place (è): not Montréal
      'Atlanta': { nd: 32 }, // neither the id nor the name
    };
    const result = withCaseCounts(base, counts);
    expect(result.model.offices.map((office) => [office.id, office.cases.nd])).toEqual([
      ['washington-dc', 7],
      ['montreal', 8],
      ['atlanta-ga', undefined],
    ]);
    expect(result.matches.map((match) => `${match.office} -> ${match.officeId} by ${match.by}`)).toEqual([
      'washington-dc -> washington-dc by id',
      ' WASHINGTON-DC  -> washington-dc by id',
      'washington, dc -> washington-dc by name',
      'Montre\u0301al -> montreal by name',
    ]);
    expect(result.officesNotInModel).toEqual([
      { office: 'MONTRÈAL', cases: 16 },
      { office: 'Atlanta', cases: 32 },
    ]);
    expect([result.casesCounted, result.casesNotCounted]).toEqual([15, 48]);
    expect(result.officesWithoutCounts).toEqual(['atlanta-ga']);
  });

  it('maps anything else with officeMap, whose entries win over ids and names', () => {
    const base = namedOffices([{ id: 'washington-dc', name: 'Washington, DC' }, { id: 'dc' }]);
    const result = withCaseCounts(base, { 'Wash. D.C.': { nd: 3 }, DC: { nd: 5 } }, { officeMap: { ' wash. d.c.': 'washington-dc', dc: 'washington-dc' } });
    expect(result.model.offices.map((office) => office.cases.nd)).toEqual([8, undefined]);
    expect(result.matches.map((match) => match.by)).toEqual(['officeMap', 'officeMap']);
  });

  it('accepts Maps, at either level', () => {
    const counts = new Map([['a', new Map([['nd', 12]])]]);
    expect(withCaseCounts(smallModel(), counts).model.offices[0]!.cases).toEqual({ nd: 12 });
    expect(withCaseCounts(smallModel(), { a: new Map([['nd', 3]]) }).model.offices[0]!.cases).toEqual({ nd: 3 });
  });

  it('reads ids such as constructor, toString and __proto__ as ids', () => {
    // The model refuses "__proto__" as an id; an export may still write it, and JSON.parse makes it an own key.
    const base = namedOffices([{ id: 'constructor' }, { id: 'toString', name: 'valueOf' }, { id: 'hasOwnProperty' }]);
    const counts = JSON.parse('{ "constructor": { "nd": 1 }, "VALUEOF": { "nd": 2 }, "__proto__": { "nd": 4 }, "isPrototypeOf": { "nd": 8 } }');
    const result = withCaseCounts(base, counts);
    expect(result.model.offices.map((office) => office.cases.nd)).toEqual([1, 2, undefined]);
    expect(result.officesNotInModel).toEqual([
      { office: '__proto__', cases: 4 },
      { office: 'isPrototypeOf', cases: 8 },
    ]);
    const mapped = withCaseCounts(base, counts, { officeMap: JSON.parse('{ "__proto__": "hasOwnProperty" }') });
    expect(mapped.model.offices.map((office) => office.cases.nd)).toEqual([1, 2, 4]);
  });

  it('refuses counts of unknown case types and counts that are not whole numbers', () => {
    expect(issueLines(() => withCaseCounts(smallModel(), { a: { xx: 1, nd: 1.5 } }))).toEqual([
      'counts.a.xx: unknown case type "xx" (case types: "nd")',
      'counts.a.nd: must be a whole number >= 0, got the number 1.5',
    ]);
    expect(issueLines(() => withCaseCounts(smallModel(), { a: { nd: '10156' as unknown as number } }))).toEqual([
      'counts.a.nd: must be a whole number >= 0, got the string "10156"',
    ]);
    expect(issueLines(() => withCaseCounts(smallModel(), { a: 5 as unknown as Record<string, number> }))).toEqual([
      'counts.a: must be an object or Map of cases per case type, got the number 5',
    ]);
  });

  it('refuses an office string that means two offices, and an office map to no office', () => {
    const base = namedOffices([{ id: 'dc', name: 'Washington' }, { id: 'DC' }, { id: 'wdc', name: 'washington ' }]);
    expect(issueLines(() => withCaseCounts(base, { Dc: { nd: 1 }, WASHINGTON: { nd: 1 } }))).toEqual([
      'counts.Dc: matches the ids of offices "dc", "DC"; say which with officeMap',
      'counts.WASHINGTON: matches the names of offices "dc", "wdc"; say which with officeMap',
    ]);
    expect(issueLines(() => withCaseCounts(base, {}, { officeMap: { x: 'nowhere', y: 'Dc' } }))).toEqual([
      'officeMap.x: unknown office "nowhere" (offices: "dc", "DC", "wdc")',
      'officeMap.y: unknown office "Dc"; did you mean "dc"? (offices: "dc", "DC", "wdc")',
    ]);
    expect(() => withCaseCounts(base, {}, { officeMap: { x: 'dc', ' X': 'wdc' } })).toThrow(ModelError);
  });

  it.each<[string, unknown, unknown, string]>([
    ['null counts', null, undefined, 'withCaseCounts: counts must be an object or Map of case counts per office, such as readCaseCounts returns, got null'],
    ['an array of counts', [], undefined, 'withCaseCounts: counts must be an object or Map of case counts per office, such as readCaseCounts returns, got an array'],
    ['a number', 3, undefined, 'withCaseCounts: counts must be an object or Map of case counts per office, such as readCaseCounts returns, got the number 3'],
    ['null options', {}, null, 'withCaseCounts: options must be an object, got null'],
    ['an office map that is a Map', {}, { officeMap: new Map() }, 'withCaseCounts: options.officeMap must be an object of office strings to office ids, got a Map'],
  ])('refuses %s with a TypeError naming the parameter', (_, counts, options, message) => {
    expect(() => withCaseCounts(smallModel(), counts as Record<string, Record<string, number>>, options as object)).toThrow(new TypeError(message));
  });

  it('does not mutate its arguments', () => {
    const base = smallModel();
    const counts = { a: { nd: 5 } };
    const options = { officeMap: { A: 'a' } };
    const copies = structuredClone([base, counts, options]);
    withCaseCounts(base, counts, options);
    expect([base, counts, options]).toEqual(copies);
  });
});

describe('officeKey', () => {
  it('trims, normalises to NFC and folds case', () => {
    expect(officeKey('  Montre\u0301al ')).toBe('montréal');
    expect(officeKey('STRASSE')).toBe(officeKey('Straße'));
    expect(officeKey('Montrèal')).not.toBe(officeKey('Montréal'));
  });
});

describe('matchKey: one rule for offices and case types', () => {
  it('collapses each run of white space inside to one space (a non-breaking space too)', () => {
    expect(matchKey(' New\u00a0 YORK ')).toBe('new york');
    expect(matchKey('New\t\tYork')).toBe('new york');
    // officeKey is matchKey behind a type check.
    expect(officeKey(' New\u00a0 YORK ')).toBe('new york');
    expect(() => officeKey(3 as never)).toThrow(new TypeError('officeKey: text must be a string, got the number 3'));
  });

  it('matches export case types to the model ids as it matches offices, and adds their counts', () => {
    const model = {
      caseTypes: [{ id: 'non-detained', docket: 'nd', tasks: [{ name: 't', time: 1, perYear: 1 }] }],
      offices: [{ id: 'ny', name: 'New York', officers: { nd: 1 } }],
    };
    // "New  York" (two spaces) and "new\u00a0york" are the office "New York"; " Non-Detained ",
    // "NON-DETAINED" and "non-detained" are the case type non-detained: 2 + 3 + 4 = 9 cases.
    const counts = { 'New  York': { ' Non-Detained ': 2, 'NON-DETAINED': 3 }, 'new\u00a0york': { 'non-detained': 4 } };
    const { model: counted, casesCounted, matches } = withCaseCounts(model, counts);
    expect(counted.offices[0]!.cases).toEqual({ 'non-detained': 9 });
    expect(casesCounted).toBe(9);
    expect(matches.map((match) => [match.office, match.by])).toEqual([['New  York', 'name'], ['new\u00a0york', 'name']]);
  });
});
