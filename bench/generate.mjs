// Seeded synthetic inputs for the benchmarks (pure-rand: the same numbers on every machine).
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A function giving whole numbers in [from, to], the same sequence for the same seed. */
export function seeded(seed) {
  const rng = xoroshiro128plus(seed);
  return (from, to) => uniformInt(rng, from, to);
}

export const DOCKETS = ['non-detained', 'detained'];

/**
 * A model input, as `JSON.parse` gives it, with `offices` offices and `caseTypes` case types over two dockets: every office has
 * officers on both dockets and a count for every case type. Task times are unit strings
 * (`"25 min"`, `"1.5 h"`) as in real models; some case types and offices carry a `source`, so
 * `unsourced` lists the rest.
 */
export function generateModel({ offices, caseTypes, seed = 9 }) {
  const random = seeded(seed);
  const types = Array.from({ length: caseTypes }, (_, i) => ({
    id: `ct-${i}`,
    docket: DOCKETS[i % 3 === 2 ? 1 : 0],
    priority: 1 + (i % 4),
    tasks: [
      { name: 'check-in', time: `${random(5, 40)} min`, perYear: random(1, 12) },
      { name: 'review', time: `${random(1, 8) / 2} h`, perYear: 1, share: random(10, 90) / 100 },
      { name: 'travel document', time: `${random(2, 12)} h`, perYear: 1, share: random(1, 30) / 100 },
    ],
    ...(i % 2 === 0 ? { source: 'bench: synthetic task times' } : {}),
  }));
  const list = Array.from({ length: offices }, (_, k) => ({
    id: `office-${k}`,
    officers: { 'non-detained': random(1, 60), detained: random(1, 20) },
    cases: Object.fromEntries(types.map((type) => [type.id, random(0, 3000)])),
    ...(k % 3 === 0 ? { source: 'bench: synthetic counts' } : {}),
  }));
  // As a model file reads (JSON.parse): whole numbers are then small integers in V8. pure-rand gives
  // them as doubles (a heap-allocated number each), which no model read from a file has, and every
  // read of a double field of a record allocates its number again: counts read that way cost 849
  // bytes per 50-count record per pass against 42, and 3 to 20 times the time (measured on 1,000
  // offices x 50 case types). Every contestant reads this same input.
  return JSON.parse(JSON.stringify({
    name: `bench ${offices} x ${caseTypes}`,
    officerYear: { holidays: 80, leave: 200, training: 40, adminShare: 0.15 },
    collateralDuties: [{ name: 'window duty', time: 8, perYear: 13, share: 0.5, source: 'bench' }],
    caseTypes: types,
    offices: list,
  }));
}
