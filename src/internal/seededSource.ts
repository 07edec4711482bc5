import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';

/** The largest seed: seeds are whole numbers from 0 to 2^32 - 1. */
export const MAX_SEED = 0xffff_ffff;

/**
 * The one seeded generator of the package: `simulate`'s draws and `summarizeTimeStudy`'s bootstrap
 * both take their uniform numbers from it.
 *
 * A seeded source of uniform numbers in [0, 1): the 32-bit Mersenne Twister MT19937 (Matsumoto and
 * Nishimura 1998) seeded by its reference `init_genrand`, from pure-rand, with 53 random bits per
 * number (pure-rand's `uniformFloat64`, from two 32-bit outputs). Integer arithmetic only, so a seed
 * gives the same stream in every JavaScript engine, on every platform, from every build.
 *
 * @throws {RangeError} `seed must be a whole number from 0 to 4294967295, got 1.5`
 * @example
 * const next = seededSource(1);
 * // Numbers in [0, 1), the same for seed 1 every time (MT19937 with the reference seeding):
 * next() // => 0.6894079135345498
 * next() // => 0.10076732697837887
 */
export function seededSource(seed: number): () => number {
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) {
    throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${String(seed)}`);
  }
  const generator = mersenne(seed);
  return () => uniformFloat64(generator);
}
