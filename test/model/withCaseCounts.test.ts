import { describe, expect, it } from 'vitest';
import { assess, parseModel, withCaseCounts } from '../../src/index.js';
import { issueLines, smallModel } from '../helpers.js';

describe('withCaseCounts', () => {
  it("replaces the offices' case counts and reports what did not match", () => {
    const base = { ...smallModel(), offices: [{ id: 'a', officers: { 'non-detained': 2 } }, { id: 'b' }] };
    const result = withCaseCounts(base, { a: { nd: 1040 }, z: { nd: 7 } });
    expect(result.officesNotInModel).toEqual([{ office: 'z', cases: 7 }]);
    expect(result.officesWithoutCounts).toEqual(['b']);
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

  it('refuses counts of unknown case types and counts that are not whole numbers', () => {
    expect(issueLines(() => withCaseCounts(smallModel(), { a: { xx: 1, nd: 1.5 } }))).toEqual([
      'counts.a.xx: unknown case type "xx" (case types: "nd")',
      'counts.a.nd: must be a whole number >= 0, got 1.5',
    ]);
  });
});
