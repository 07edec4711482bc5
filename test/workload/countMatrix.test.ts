import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/index.js';
import { readModelInPlace } from '../../src/model/parseModel.js';
import { countMatrix } from '../../src/workload/countMatrix.js';

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

describe('countMatrix', () => {
  it('lays out the counts offices x case types in model order, 0 where an office lists none', () => {
    expect([...countMatrix(parseModel(JSON.parse(INPUT)))]).toEqual(EXPECTED);
    expect([...countMatrix(readModelInPlace(JSON.parse(INPUT)))]).toEqual(EXPECTED);
  });

  it('keeps the matrix of a parsed (frozen) model, and makes a new one for a model read in place', () => {
    const parsed = parseModel(JSON.parse(INPUT));
    expect(countMatrix(parsed)).toBe(countMatrix(parsed));
    const input = JSON.parse(INPUT);
    const inPlace = readModelInPlace(input);
    const first = countMatrix(inPlace);
    input.offices[1].cases.b = 12; // the caller's record, read where it is: a later call sees the change
    expect(countMatrix(inPlace)).not.toBe(first);
    expect(countMatrix(inPlace)[4]).toBe(12);
  });
});
