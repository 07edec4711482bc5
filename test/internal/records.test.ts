import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frozenRecord, inheritsNothing, ownValue, RecordCopier } from '../../src/internal/records.js';

/** Own keys and values in order, and the prototype: what must not differ between two copies. */
const layout = (record: object) => ({ entries: Reflect.ownKeys(record).map((key) => [String(key), (record as Record<PropertyKey, unknown>)[key]]), prototype: Object.getPrototypeOf(record) });

describe('frozenRecord', () => {
  it('copies own enumerable keys into a frozen record without inherited members', () => {
    const copy = frozenRecord<number>({ constructor: 1, b: 2 });
    expect(copy).toEqual({ constructor: 1, b: 2 });
    expect(Object.isFrozen(copy)).toBe(true);
    expect(copy.toString).toBeUndefined();
    expect(copy.valueOf).toBeUndefined();
  });
});

describe('RecordCopier', () => {
  const base = Array.from({ length: 130 }, (_, i) => `k${i}`); // past the 128 keys where cloning starts
  const record = (keys: readonly string[], offset: number) => Object.fromEntries(keys.map((key, i) => [key, i + offset]));

  it('gives what frozenRecord gives, for records like the last one and unlike it (property)', () => {
    const variant = fc.oneof(
      fc.constant((keys: string[]) => keys),
      fc.constant((keys: string[]) => [...keys, 'extra']),
      fc.constant((keys: string[]) => keys.slice(1)),
      fc.constant((keys: string[]) => [keys[1]!, keys[0]!, ...keys.slice(2)]),
      fc.constant((keys: string[]) => keys.slice(0, 5)),
      fc.constant((keys: string[]) => ['3', ...keys]), // an index key, enumerated first
    );
    const source = fc.tuple(variant, fc.integer(), fc.constantFrom('plain', 'null prototype', 'inherited key', 'symbol key'));
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 8 }), (sources) => {
        const copier = new RecordCopier();
        for (const [keysOf, offset, kind] of sources) {
          let input: Record<PropertyKey, unknown> = record(keysOf(base), offset);
          if (kind === 'null prototype') input = Object.assign(Object.create(null), input);
          if (kind === 'inherited key') input = Object.assign(Object.create({ inherited: 1 }), input);
          if (kind === 'symbol key') input = { ...input, [Symbol.for('s')]: 1 };
          const copy = copier.copy(input);
          expect(layout(copy)).toEqual(layout(frozenRecord(input)));
          expect(Object.isFrozen(copy)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('RecordCopier reads each value once', () => {
  // Found by a new user's trial: a record whose keys differed from the last one's was cloned, then
  // copied again from the source, reading a getter twice (parseModel checked the second value).
  it.each([
    ['the same keys', (keys: string[]) => keys],
    ['two keys swapped', (keys: string[]) => [...keys.slice(0, -2), keys.at(-1)!, keys.at(-2)!]],
    ['a key more', (keys: string[]) => [...keys, 'extra']],
    ['a key fewer', (keys: string[]) => keys.slice(0, -1)],
    ['another first key', (keys: string[]) => ['other', ...keys.slice(1)]],
  ])('after a large record, one with %s', (_, keysOf) => {
    const base = Array.from({ length: 130 }, (_, i) => `k${i}`);
    const copier = new RecordCopier();
    copier.copy(Object.fromEntries(base.map((key) => [key, 1])));
    let reads = 0;
    const keys = keysOf(base);
    const source = Object.fromEntries(keys.filter((key) => key !== 'k5').map((key) => [key, 2]));
    if (keys.includes('k5')) {
      Object.defineProperty(source, 'k5', { enumerable: true, get: () => (++reads === 1 ? 7 : -1) });
    }
    // The getter's place in for-in order: defined last, it comes last (not where the keys say).
    const copy = copier.copy<number>(source);
    expect(reads).toBe(keys.includes('k5') ? 1 : 0);
    if (keys.includes('k5')) expect(copy.k5).toBe(7);
    expect(Object.keys(copy)).toEqual(Object.keys(source));
  });
});

describe('ownValue and inheritsNothing', () => {
  it('read own properties only, whatever the prototype', () => {
    expect(ownValue({ nd: 5 }, 'nd')).toBe(5);
    expect(ownValue({ nd: 5 }, 'constructor')).toBeUndefined(); // a plain lookup gives the Object function
    expect(ownValue(JSON.parse('{"__proto__": 2}'), '__proto__')).toBe(2);
    expect(ownValue(frozenRecord({ toString: 3 }), 'toString')).toBe(3);
    expect(inheritsNothing(frozenRecord({ a: 1 }))).toBe(true);
    expect(inheritsNothing(Object.create(null))).toBe(true);
    expect(inheritsNothing({ a: 1 })).toBe(false);
  });
});
