import { isParsedModel } from '../model/parseModel.js';
import type { Model } from '../model/types.js';

/**
 * `compute`, its result kept beside each model from `parseModel` for as long as the model lives: a
 * parsed model is frozen, so what is derived from it never goes stale, and later calls on the same
 * model (a planning page recomputing on every keystroke) skip the work. A model read in place (its
 * records are the caller's, who may change them) is computed again on every call. What is kept is
 * shared by every later call: callers must not change it, nor hand it out without copying it.
 */
export function keptPerModel<T>(compute: (model: Model) => T): (model: Model) => T {
  const kept = new WeakMap<Model, T>();
  return (model) => {
    if (kept.has(model)) return kept.get(model)!;
    const value = compute(model);
    if (isParsedModel(model)) kept.set(model, value);
    return value;
  };
}
