/**
 * The keys each object of a model may have, read from the schema itself: what an "unknown key" message
 * suggests instead (a key of the same object), or where the key belongs when it is a key of another
 * object (`id` on the model is a key of caseTypes[] and offices[]).
 */
import type { IssuePath } from './ModelError.js';
import { ModelShapeSchema } from './schema.js';

/** The parts of a zod schema's definition this walk reads (zod's `_zod.def`, the same in zod and zod/mini). */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  valueType?: Schema;
  in?: Schema;
}
interface Schema {
  _zod: { def: Def };
}

/** The object, array and record schemas a schema stands for, through optional, default, pipe and union. */
function unwrap(schema: Schema): Def[] {
  const def = schema._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.options) return def.options.flatMap(unwrap);
  return [def];
}

/** The schemas of what is at `key` in a value of one of `defs`. */
function step(defs: Def[], key: string | number): Def[] {
  return defs.flatMap((def) => {
    if (typeof key === 'number') return def.element ? unwrap(def.element) : [];
    if (def.shape && Object.hasOwn(def.shape, key)) return unwrap(def.shape[key]!);
    return def.valueType ? unwrap(def.valueType) : [];
  });
}

/**
 * The keys the object at `path` may have (any index stands for every item of an array).
 *
 * @example
 * keysAt(['caseTypes', 0, 'tasks', 0]) // => ['name', 'time', 'perYear', 'every', 'frequency', 'share', 'ranges', 'source', 'window']
 */
export function keysAt(path: IssuePath): string[] {
  const defs = path.reduce<Def[]>((at, key) => step(at, key), unwrap(ModelShapeSchema as unknown as Schema));
  return [...new Set(defs.flatMap((def) => Object.keys(def.shape ?? {})))];
}

/** How a place is named in a message: `the model`, `offices[]`, `caseTypes[].tasks[]`. */
export function placeName(path: IssuePath): string {
  if (path.length === 0) return 'the model';
  return path.map((key, index) => (typeof key === 'number' ? '[]' : index === 0 ? key : `.${key}`)).join('');
}

let places: Map<string, string[]> | undefined;

/**
 * The key as the schema spells it (compared ignoring case when no key is spelt exactly so), and every
 * object of the model that has it, named as placeName does, in the schema's order; undefined for a key
 * of no object.
 *
 * @example
 * placesOfKey('ID') // => { key: 'id', places: ['caseTypes[]', 'offices[]'] }
 */
export function placesOfKey(key: string): { key: string; places: string[] } | undefined {
  places ??= allPlaces();
  const spelt = places.has(key) ? key : [...places.keys()].find((known) => known.toLowerCase() === key.toLowerCase());
  return spelt === undefined ? undefined : { key: spelt, places: places.get(spelt)! };
}

function allPlaces(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (defs: Def[], path: IssuePath) => {
    for (const def of defs) {
      if (def.element) visit(unwrap(def.element), [...path, 0]);
      for (const [key, value] of Object.entries(def.shape ?? {})) {
        const at = found.get(key) ?? [];
        if (!at.includes(placeName(path))) at.push(placeName(path));
        found.set(key, at);
        visit(unwrap(value), [...path, key]);
      }
    }
  };
  visit(unwrap(ModelShapeSchema as unknown as Schema), []);
  return found;
}
