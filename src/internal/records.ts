/**
 * Records keyed by user ids are created without a prototype, so an id such as `"constructor"` is an
 * ordinary key and never reaches `Object.prototype`.
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
