import { enumeratesOwnKeysOnly, ownEntries, recordFrom } from '../internal/records.js';
import { countListsOf } from './countLists.js';
import type { Model } from './types.js';

/** Writes office o's counts into `into` from `at`: the count of `ids[i]` at `into[at + i]`; ids it lists nowhere are left as they are. */
export type CountReader = (office: number, into: Float64Array, at: number) => void;

/**
 * Reads offices' `cases` or `officers` records by position in `ids` (case-type ids, or dockets); keys
 * not among `ids` are left out. A model read in place is read from the lists `readCounts` made as it
 * checked each record (see InPlaceCounts): what was checked is what is read, never the caller's
 * record again. A parsed model's records are its frozen copies, read in a for-in loop (own keys
 * only: see enumeratesOwnKeysOnly; an absent record is an empty one). Each key's
 * position is remembered by its place in the record, so offices that list their keys in the same
 * order find each by one comparison instead of a lookup.
 */
export function countReader(model: Model, field: 'cases' | 'officers', ids: readonly string[]): CountReader {
  const position = new Map(ids.map((id, i) => [id, i]));
  const lists = countListsOf(model);
  const keys: string[] = [];
  const positions: number[] = [];
  const place = (key: string, k: number) => {
    if (keys[k] !== key) {
      keys[k] = key;
      positions[k] = position.get(key) ?? -1;
    }
    return positions[k]!;
  };
  return (o, into, at) => {
    const listed = lists?.[o]![field === 'cases' ? 'casesList' : 'officersList'];
    if (listed) {
      const { keys: listedKeys, values, start } = listed;
      for (let k = 0; k < listedKeys.length; k++) {
        const i = place(listedKeys[k]!, k);
        if (i >= 0) into[at + i] = values[start + k]!;
      }
      return;
    }
    const counts = model.offices[o]![field];
    const own = enumeratesOwnKeysOnly(counts) ? counts : recordFrom(ownEntries(counts));
    let k = 0;
    for (const key in own) {
      const i = place(key, k++);
      if (i >= 0) into[at + i] = own[key]!;
    }
  };
}
