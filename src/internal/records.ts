/**
 * The prototype of records keyed by user ids: frozen, without a prototype of its own, and without
 * string keys, so an id such as `"constructor"` is an ordinary key and a lookup that misses the
 * record's own keys ends in `undefined`, never in an `Object.prototype` member. Its only keys are the
 * symbols by which Node (`util.inspect`, `console.log`) and Deno (also Jupyter's Deno kernel) print an
 * object: a record prints as the plain object it is, without `[Object: null prototype]`.
 */
const NO_MEMBERS: object = /* @__PURE__ */ Object.freeze(
  Object.create(null, {
    // Node: a returned object is printed in place of the record, at the record's depth.
    [Symbol.for('nodejs.util.inspect.custom')]: {
      value(this: object) {
        return { ...this };
      },
    },
    // Deno: the record as text, through Deno's own inspect.
    [Symbol.for('Deno.customInspect')]: {
      value(this: object, inspect: (value: unknown, options: unknown) => string, options: unknown) {
        return inspect({ ...this }, options);
      },
    },
  }),
);

/**
 * A record keyed by user ids, to fill key by key: its prototype has no members (see NO_MEMBERS), and
 * unlike `Object.create(null)` it is not kept by V8 as a hash table from the start.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(NO_MEMBERS) as Record<string, T>;
}

/** A record keyed by ids from entries, in their order. */
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
 * A frozen copy of an object's own enumerable properties (read once each), whose prototype has no
 * members. Unlike `Object.create(null)` filled key by key, which V8 keeps as a hash table (7x the
 * memory of the input for a record of 50 keys), this copy keeps V8's fast layout, shared by records
 * with the same keys in the same order.
 */
export function frozenRecord<T>(source: object): Readonly<Record<string, T>> {
  return Object.freeze({ __proto__: NO_MEMBERS, ...source }) as unknown as Readonly<Record<string, T>>;
}

/** True when for-in visits what a spread copies: own keys, no symbols, no inherited keys. */
function plainEnumeration(source: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(source);
  return (prototype === Object.prototype || prototype === null || prototype === NO_MEMBERS) && Object.getOwnPropertySymbols(source).length === 0;
}

/**
 * Records of this many keys or more are copied by `RecordCopier`'s clone: `JSON.parse` leaves them in
 * V8's dictionary mode, from which a spread builds the copy key by key (twice as slow, measured on
 * 10,000 records of 200 keys). Smaller records spread faster than they clone.
 */
const LARGE_RECORD = 128;

/**
 * True for a `frozenRecord` copy of LARGE_RECORD keys or more, found without listing them (most
 * records are small). Its prototype has no members: for-in visits its own keys only.
 */
function isLarge(copy: object): boolean {
  let keys = 0;
  for (const _ in copy) if (++keys >= LARGE_RECORD) return true;
  return false;
}

/**
 * Makes `frozenRecord` copies, faster when large records come with the same keys in the same order,
 * as a model's offices do: the copy of the previous record is cloned and its values overwritten.
 * The result is the same as `frozenRecord(source)`, each value read once (a getter too, when the
 * keys turn out to differ from the previous record's).
 */
export class RecordCopier {
  private keys: string[] = [];
  private last: Readonly<Record<string, unknown>> | undefined;

  copy<T>(source: object): Readonly<Record<string, T>> {
    const last = this.last;
    let copy: Readonly<Record<string, T>>;
    if (last !== undefined && plainEnumeration(source)) {
      const clone = { __proto__: NO_MEMBERS, ...last } as Record<string, unknown>;
      let i = 0;
      // Once the keys differ (a key more, or another key), what is read is kept here, each value
      // read once: a getter is not read again for the copy.
      let read: [string, unknown][] | undefined;
      for (const key in source) {
        const value = (source as Record<string, unknown>)[key];
        if (read === undefined && key === this.keys[i]) {
          clone[key] = value;
          i++;
          continue;
        }
        read ??= this.keys.slice(0, i).map((known) => [known, clone[known]]);
        read.push([key, value]);
      }
      if (read === undefined && i === this.keys.length) return Object.freeze(clone) as Readonly<Record<string, T>>;
      // A data copy of what was read, copied as frozenRecord copies (its own keys, "__proto__" too).
      copy = frozenRecord<T>(Object.fromEntries(read ?? this.keys.slice(0, i).map((known) => [known, clone[known]])));
    } else {
      copy = frozenRecord<T>(source);
    }
    // Only a large record is cloned; a copy with symbol keys would pass them on to the next clone.
    if (isLarge(copy) && plainEnumeration(copy)) {
      this.keys = Object.keys(copy);
      this.last = copy;
    } else {
      this.last = undefined;
    }
    return copy;
  }
}

/**
 * The value of `key` if the record has it as its own property, else undefined: never a member of
 * `Object.prototype` (`constructor`, `toString`, `valueOf`, ...), whatever the record's prototype.
 *
 * @example
 * ownValue({ nd: 5 }, 'constructor') // => undefined (a plain `record[key]` gives the Object function)
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * True when a lookup on `record` can find nothing but its own properties: it has no prototype, or the
 * member-less prototype of `frozenRecord`s. Such a record can be read with a plain `record[key]`.
 */
export function inheritsNothing(record: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(record);
  return prototype === null || prototype === NO_MEMBERS;
}

/** True when `Object.prototype` has an enumerable string key (someone added one): for-in would visit it. */
function prototypeEnumerates(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/**
 * True when for-in over `record` visits its own enumerable string keys only, as over its
 * `frozenRecord` copy: its prototype is null, the member-less one of `frozenRecord`s, or
 * `Object.prototype` with no enumerable key added (as `JSON.parse` builds objects). Own keys shadow
 * inherited ones: a key such as `"constructor"` reads the record's own value.
 */
export function enumeratesOwnKeysOnly(record: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(record);
  return prototype === null || prototype === NO_MEMBERS || (prototype === Object.prototype && !prototypeEnumerates());
}
