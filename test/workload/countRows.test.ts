import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/index.js';
import { readModelInPlace } from '../../src/model/parseModel.js';
import { countRows } from '../../src/workload/countRows.js';
import type { Model } from '../../src/model/types.js';

/** Every office's counts, office after office, as countRows gives them. */
function allCounts(model: Model): number[] {
  const { counts, row } = countRows(model);
  const n = model.caseTypes.length;
  return model.offices.flatMap((_, o) => {
    const at = row(o);
    return [...counts.subarray(at, at + n)];
  });
}

// Case types in model order a, b, c; offices list them in other orders, leave some out, and one
// repeats the first office's order (read by position, not by lookup).
const INPUT = `{
  "caseTypes": [
    { "id": "a", "docket": "d", "tasks": [{ "name": "t", "time": 1, "perYear": 1 }] },
    { "id": "b", "docket": "d", "tasks": [{ "name": "t", "time": 1, "perYear": 1 }] },
    { "id": "c", "docket": "e", "tasks": [{ "name": "t", "time": 1, "perYear": 1 }] }
  ],
  "offices": [
    { "id": "x", "cases": { "c": 5, "a": 7 } },
    { "id": "y", "cases": { "b": 11 } },
    { "id": "z", "cases": { "c": 13, "a": 17 } },
    { "id": "w", "cases": { "a": 0, "b": 2, "c": 3 } }
  ]
}`;

// Rows x, y, z, w; columns a, b, c; 0 where an office lists none.
const EXPECTED = [7, 0, 5, 0, 11, 0, 17, 0, 13, 0, 2, 3];

describe('countRows', () => {
  it('lays out the counts offices x case types in model order, 0 where an office lists none', () => {
    expect(allCounts(parseModel(JSON.parse(INPUT)))).toEqual(EXPECTED);
    expect(allCounts(readModelInPlace(JSON.parse(INPUT)))).toEqual(EXPECTED);
  });

  it('keeps the matrix of a parsed (frozen) model, and reads a model read in place anew', () => {
    const parsed = parseModel(JSON.parse(INPUT));
    expect(countRows(parsed).counts).toBe(countRows(parsed).counts);
    const input = JSON.parse(INPUT);
    const first = allCounts(readModelInPlace(input));
    input.offices[1].cases.b = 12; // the caller's record, read where it is: the next read sees the change
    expect(allCounts(readModelInPlace(input))[4]).toBe(12);
    expect(first[4]).toBe(11);
  });

  it('reads a record of more than 128 keys (dictionary mode in V8) as readCounts listed it', () => {
    // 200 case types: office x counts i for case type i, and lists them backwards (each key found by lookup).
    const ids = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const caseTypes = ids.map((id) => ({ id, docket: 'd', tasks: [{ name: 't', time: 1, perYear: 1 }] }));
    const forwards = Object.fromEntries(ids.map((id, i) => [id, i]));
    const backwards = Object.fromEntries([...ids].reverse().map((id) => [id, 1000 + Number(id.slice(1))]));
    const input = JSON.parse(JSON.stringify({ caseTypes, offices: [{ id: 'x', cases: forwards }, { id: 'y', cases: backwards }, { id: 'z', cases: forwards }] }));
    const read = allCounts(readModelInPlace(input));
    expect(read.slice(0, 200)).toEqual(ids.map((_, i) => i));
    expect(read.slice(200, 400)).toEqual(ids.map((_, i) => 1000 + i));
    expect(read.slice(400, 600)).toEqual(ids.map((_, i) => i));
    expect(allCounts(parseModel(input))).toEqual(read);
  });
});
