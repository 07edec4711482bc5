import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Uniform draws in [0, 1) from a seeded xoroshiro128+ generator (pure-rand): the same seed gives the
 * same sequence on every platform and build, since the generator works on 32-bit integers only.
 * pure-rand is the generator fast-check runs on: well kept, small, and without a global state.
 *
 * @example
 * const random = seededRandom(42); random() // the same number on every run
 */
export function seededRandom(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}
