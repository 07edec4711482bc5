import type { CountList } from './counts.js';
import type { Model } from './types.js';

/** An office's counts as `readCounts` read them in place: the lists of its `officers` and `cases` (see `InPlaceCounts`). */
export interface OfficeCountLists {
  readonly officersList?: CountList | undefined;
  readonly casesList?: CountList | undefined;
}

/**
 * The count lists of models read in place, by model. The key is the model `readModelInPlace` builds
 * for one call, so an entry lives as long as that call. (Keyed by the input's records instead, which
 * live on, the entries cost every garbage collection: `assess` from an input, alternated with `assess`
 * of a parsed model, ran at 3 to 5 times the time of either alone.)
 */
const byModel = new WeakMap<Model, readonly OfficeCountLists[]>();

/** Keeps `lists[i]`, office i's lists, beside a model read in place. */
export function keepCountLists(model: Model, lists: readonly OfficeCountLists[]): void {
  byModel.set(model, lists);
}

/** The lists of the model's offices' counts (office i's at i) when it was read in place; undefined otherwise. */
export function countListsOf(model: Model): readonly OfficeCountLists[] | undefined {
  return byModel.get(model);
}
