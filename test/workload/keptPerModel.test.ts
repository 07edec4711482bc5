import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/index.js';
import { readModelInPlace } from '../../src/model/parseModel.js';
import type { Model } from '../../src/model/types.js';
import { keptPerModel } from '../../src/workload/keptPerModel.js';

const input = () => ({ caseTypes: [{ id: 'a', docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1 }] }], offices: [{ id: 'x', cases: { a: 3 } }] });

describe('keptPerModel', () => {
  it('computes once per parsed model, and again for every model read in place', () => {
    let calls = 0;
    const casesOfX = keptPerModel((model: Model) => {
      calls++;
      return { cases: model.offices[0]!.cases.a };
    });
    const parsed = parseModel(input());
    expect(casesOfX(parsed)).toBe(casesOfX(parsed));
    expect(calls).toBe(1);
    expect(casesOfX(parseModel(input()))).toEqual({ cases: 3 }); // another parsed model: its own
    expect(calls).toBe(2);

    const raw = input();
    expect(casesOfX(readModelInPlace(raw))).toEqual({ cases: 3 });
    raw.offices[0]!.cases.a = 5; // the caller's record: a model read in place is never kept
    expect(casesOfX(readModelInPlace(raw))).toEqual({ cases: 5 });
    expect(calls).toBe(4);
  });

  it('keeps a result that is undefined as well', () => {
    let calls = 0;
    const nothing = keptPerModel(() => {
      calls++;
      return undefined;
    });
    const parsed = parseModel(input());
    nothing(parsed);
    nothing(parsed);
    expect(calls).toBe(1);
  });
});
