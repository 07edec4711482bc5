/**
 * Records keyed by user ids have no inherited members, so an id such as `"constructor"` is an
 * ordinary key and never reaches `Object.prototype`: a missing id reads as `undefined`.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A null-prototype record from entries, in their order. */
export function recordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** Own entries only, whatever the record's prototype. */
export function ownEntries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.keys(record).map((key) => [key, record[key]!]);
}

/**
 * The prototype of `frozenRecord`s: empty, frozen, and without a prototype of its own, so that a
 * lookup that misses the record's own keys ends in `undefined`.
 */
const NO_MEMBERS: object = Object.freeze(Object.create(null));

/**
 * A frozen copy of an object's own enumerable properties (read once each), whose prototype has no
 * members. Unlike `Object.create(null)` filled key by key, which V8 keeps as a hash table (7x the
 * memory of the input for a record of 50 keys), this copy keeps V8's fast layout, shared by records
 * with the same keys in the same order.
 */
export function frozenRecord<T>(source: object): Readonly<Record<string, T>> {
  return Object.freeze({ __proto__: NO_MEMBERS, ...source }) as unknown as Readonly<Record<string, T>>;
}
