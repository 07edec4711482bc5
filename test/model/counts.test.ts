/**
 * readCounts checks offices' `cases` and `officers` in a loop instead of zod's record parser: it must
 * give the issues `CasesSchema` and `OfficersSchema` give, path for path and message for message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { InPlaceCounts, readCounts, type CountKind, type CountList } from '../../src/model/counts.js';

/** A list's counts, in its order. */
const listedValues = (list: CountList) => [...list.values.subarray(list.start, list.start + list.keys.length)];
import type { Issue } from '../../src/model/ModelError.js';
import { CasesSchema, OfficersSchema } from '../../src/model/schema.js';
import { describeSchemaIssues } from '../../src/model/schemaIssues.js';

// As the model schema holds them: optional.
const SCHEMAS = { cases: z.optional(CasesSchema), officers: z.optional(OfficersSchema) };

function loopIssues(value: unknown, kind: CountKind): Issue[] {
  const issues: Issue[] = [];
  readCounts(value, ['offices', 0, kind], kind, issues);
  return issues;
}

function zodIssues(value: unknown, kind: CountKind): Issue[] {
  const result = SCHEMAS[kind].safeParse(value, { reportInput: true });
  if (result.success) return [];
  return describeSchemaIssues(result.error.issues.map((issue) => ({ ...issue, path: ['offices', 0, kind, ...issue.path] })));
}

const sorted = (issues: Issue[]) => issues.map((issue) => JSON.stringify(issue)).sort();

describe('readCounts agrees with the zod schemas (property)', () => {
  const value = fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.double(),
    fc.constantFrom(-0, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e20, -1e20, 1.5, -1.5, 5e-324),
    fc.string(),
    fc.constantFrom(null, undefined, true, '10156', '', []),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.object({ maxDepth: 1 }),
  );
  const key = fc.oneof(fc.string(), fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '0', '10', 'nd'));
  const noProtoKey = (record: object) => !Object.keys(record).includes('__proto__');
  const records = fc.dictionary(key, value, { maxKeys: 6 }).filter(noProtoKey);
  const anything = fc.anything({ maxDepth: 1 }).filter((v) => v === null || typeof v !== 'object' || noProtoKey(v));

  it.each<CountKind>(['cases', 'officers'])('%s: the same issues for records and for anything else', (kind) => {
    fc.assert(
      fc.property(fc.oneof(records, anything), (input) => {
        expect(sorted(loopIssues(input, kind))).toEqual(sorted(zodIssues(input, kind)));
      }),
      { numRuns: 1000 },
    );
  });
});

const LARGE_RECORD = 128; // where JSON.parse's records turn to V8's dictionary mode

describe("readCounts 'in place' agrees with the copy (property)", () => {
  const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', '0', '10', 'nd'));
  const value = fc.oneof(fc.integer({ min: -5, max: 1e6 }), fc.double(), fc.string(), fc.constant(null));
  // As JSON.parse builds them: "__proto__" an own key. Large ones too (more than 128 keys: V8's dictionary mode).
  const small = fc.dictionary(key, value, { maxKeys: 6 });
  const large = fc.tuple(small, fc.integer({ min: LARGE_RECORD - 2, max: LARGE_RECORD + 3 })).map(([record, n]) => ({
    ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, i])),
    ...record,
  }));
  const records = fc.oneof(small, large).map((record) => JSON.parse(JSON.stringify(record)) as object);

  it.each<CountKind>(['cases', 'officers'])('%s: the same issues in the same order, the same entries', (kind) => {
    fc.assert(
      fc.property(fc.oneof(records, fc.anything({ maxDepth: 1 })), (input) => {
        const copied: Issue[] = [];
        const inPlace: Issue[] = [];
        const copy = readCounts(input, ['offices', 0, kind], kind, copied);
        const lister = new InPlaceCounts();
        const read = readCounts(input, ['offices', 0, kind], kind, inPlace, lister);
        expect(inPlace).toEqual(copied);
        expect(Object.keys(read)).toEqual(Object.keys(copy));
        for (const id of Object.keys(copy)) expect(read[id]).toBe(copy[id]);
        // What later passes walk instead of a large record: its keys and counts, in its order.
        const list = lister.take();
        if (read === copy) expect(list).toBeUndefined(); // no record (NO_COUNTS): nothing listed
        else {
          expect(list!.keys).toEqual(Object.keys(copy));
          expect(listedValues(list!)).toEqual(Object.values(copy).map((count) => (typeof count === 'number' ? count : NaN)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a plain record back as it is, unfrozen', () => {
    const input = JSON.parse('{"nd": 3, "constructor": 1}');
    const read = readCounts(input, ['cases'], 'cases', [], new InPlaceCounts());
    expect(read).toBe(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(read.constructor).toBe(1);
  });
});

describe('readCounts', () => {
  it('returns a frozen copy whose missing ids read undefined, and leaves its input alone', () => {
    const input = { nd: 3, det: 0 };
    const counts = readCounts(input, ['cases'], 'cases', []);
    expect(counts).toEqual({ nd: 3, det: 0 });
    expect(counts).not.toBe(input);
    expect(Object.isFrozen(counts)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(counts.constructor).toBeUndefined();
    expect(counts.toString).toBeUndefined();
    expect('hasOwnProperty' in counts).toBe(false);
    expect(Object.keys(counts)).toEqual(['nd', 'det']);
  });

  it('reads a getter once, and checks the value it kept', () => {
    let reads = 0;
    const input = {
      get nd() {
        reads++;
        return reads === 1 ? 5 : -5;
      },
    };
    const issues: Issue[] = [];
    expect(readCounts(input, ['cases'], 'cases', issues)).toEqual({ nd: 5 });
    expect(reads).toBe(1);
    expect(issues).toEqual([]);
  });

  it('in place: lists each record as read, large or small, a getter read once; records with the same keys in turn share the keys array', () => {
    let reads = 0;
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, i]));
    const first = {
      ...many(LARGE_RECORD),
      get b() {
        reads++;
        return reads === 1 ? 2 : -2;
      },
    };
    const inPlace = new InPlaceCounts();
    const issues: Issue[] = [];
    const records = [first, { ...many(LARGE_RECORD), b: 4 }, many(LARGE_RECORD), { ...many(LARGE_RECORD), c: 7 }, { ...many(LARGE_RECORD), c: 9 }, { a: 1, b: 2 }];
    const lists = records.map((record) => {
      readCounts(record, ['cases'], 'cases', issues, inPlace);
      return inPlace.take();
    });
    expect(issues).toEqual([]);
    expect(reads).toBe(1);
    const counts = Array.from({ length: LARGE_RECORD }, (_, i) => i);
    const ids = counts.map((i) => `t${i}`);
    expect(lists.map((list) => list && [list.keys, listedValues(list)])).toEqual([
      [[...ids, 'b'], [...counts, 2]],
      [[...ids, 'b'], [...counts, 4]],
      [ids, counts],
      [[...ids, 'c'], [...counts, 7]],
      [[...ids, 'c'], [...counts, 9]],
      [['a', 'b'], [1, 2]],
    ]);
    expect(lists[1]!.keys).toBe(lists[0]!.keys);
    expect(lists[2]!.keys).not.toBe(lists[1]!.keys);
    expect(lists[4]!.keys).toBe(lists[3]!.keys);
    expect(inPlace.take()).toBeUndefined(); // taken
    readCounts(undefined, ['cases'], 'cases', issues, inPlace);
    expect(inPlace.take()).toBeUndefined(); // no record, no list
  });

  it('in place: lists keep their counts when the shared storage grows (20 records of 130 counts)', () => {
    const inPlace = new InPlaceCounts();
    const records = Array.from({ length: 20 }, (_, r) => Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`t${i}`, r * 1000 + i])));
    const lists = records.map((record) => {
      readCounts(record, ['cases'], 'cases', [], inPlace);
      return inPlace.take()!;
    });
    lists.forEach((list, r) => expect(listedValues(list)).toEqual(Object.values(records[r]!)));
    expect(new Set(lists.map((list) => list.values)).size).toBeGreaterThan(1); // it did grow
  });

  it('in place: a key for-in does not visit (not enumerable) is neither checked nor listed', () => {
    const record = Object.defineProperty(Object.fromEntries(Array.from({ length: LARGE_RECORD }, (_, i) => [`a${i}`, 1])), 'b', { value: -5, enumerable: false });
    const issues: Issue[] = [];
    const inPlace = new InPlaceCounts();
    readCounts(record, ['cases'], 'cases', issues, inPlace);
    expect(issues).toEqual([]);
    const list = inPlace.take()!;
    expect(list.keys).not.toContain('b');
    expect(listedValues(list)).toEqual(Array(LARGE_RECORD).fill(1));
  });

  it('in place: a record holding a symbol or an object is refused at its key, neither converted nor thrown on', () => {
    let valueOfCalls = 0;
    const record = { ...Object.fromEntries(Array.from({ length: LARGE_RECORD }, (_, i) => [`t${i}`, 1])), s: Symbol('x'), o: { valueOf: () => ++valueOfCalls } };
    const issues: Issue[] = [];
    const inPlace = new InPlaceCounts();
    readCounts(record, ['offices', 0, 'cases'], 'cases', issues, inPlace);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['offices.0.cases.s', 'offices.0.cases.o']);
    expect(valueOfCalls).toBe(0);
    expect(listedValues(inPlace.take()!).slice(-3)).toEqual([1, NaN, NaN]);
  });

  it('refuses "__proto__", which zod would drop without a word, and symbol keys', () => {
    const issues: Issue[] = [];
    readCounts({ ...JSON.parse('{"__proto__": 5}'), [Symbol('x')]: 1 }, ['offices', 0, 'cases'], 'cases', issues);
    expect(issues).toEqual([
      { path: ['offices', 0, 'cases', '__proto__'], message: '"__proto__" cannot be used as a key or id' },
      { path: ['offices', 0, 'cases', 'Symbol(x)'], message: 'keys must be strings (ids), got Symbol(x)' },
    ]);
  });

  it.each<[CountKind, unknown, string[]]>([
    ['cases', { nd: '10156' }, ['nd: expected a number, got the string "10156"']],
    ['cases', { nd: 2.5 }, ['nd: must be a whole number, got 2.5']],
    ['cases', { nd: -1 }, ['nd: must be >= 0, got -1']],
    ['cases', { nd: 2 ** 53 }, ['nd: must be <= 9007199254740991, got 9007199254740992']],
    ['cases', { nd: NaN }, ['nd: expected a number, got NaN']],
    ['officers', { d: 2.5 }, []],
    ['officers', { d: Infinity }, ['d: expected a number, got Infinity']],
    ['officers', new Map([['d', 1]]), [': expected an object, got a Map']],
    ['officers', [1], [': expected an object, got an array']],
  ])('%s %o: %j', (kind, input, lines) => {
    const issues = loopIssues(input, kind).map((issue) => `${issue.path.slice(3).join('.')}: ${issue.message}`);
    expect(issues).toEqual(lines);
  });
});
