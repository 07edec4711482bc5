import { MAX_SEED } from '../internal/seededSource.js';

/**
 * The most draws `simulate` takes: it keeps every draw, 8 bytes per draw for each office x docket row,
 * office and total, so 10,000,000 draws are 80 MB per row.
 */
export const MAX_ITERATIONS = 10_000_000;

/** The most draws `simulate` keeps in all, rows x iterations: 2^27 doubles, 1 GiB. */
export const MAX_KEPT_DRAWS = 2 ** 27;

/**
 * Refuses, before any memory is asked for, a run whose kept draws (one series of `iterations` doubles
 * per office x docket row) pass MAX_KEPT_DRAWS: 1 GiB, rows x iterations x 8 bytes.
 *
 * @throws {RangeError} `iterations must be at most 9586980 for this model, got 10000000 (it keeps every draw: 14 office x docket rows x iterations x 8 bytes, at most 1 GiB)`
 */
export function checkKeptDraws(rows: number, iterations: number): void {
  if (rows * iterations <= MAX_KEPT_DRAWS) return;
  const most = Math.floor(MAX_KEPT_DRAWS / rows);
  throw new RangeError(`iterations must be at most ${most} for this model, got ${iterations} (it keeps every draw: ${rows} office x docket rows x iterations x 8 bytes, at most 1 GiB)`);
}

/** Options of `simulate`. */
export interface SimulateOptions {
  /** Draws of every uncertain input: a whole number from 2 to MAX_ITERATIONS (10,000,000). Default 10,000. */
  iterations?: number;
  /** The seed of the random stream, a whole number from 0 to 2^32 - 1: the same seed, the same result. */
  seed: number;
  /**
   * Share of funded positions that stand vacant, in [0, 1). Adds `positionsToFund` for each confidence
   * level: the positions whose filled share, 1 - vacancyRate, gives officersForConfidence.
   */
  vacancyRate?: number;
  /** Confidence levels in (0, 1] for `officersForConfidence`. Default [0.5, 0.8, 0.9, 0.95]. */
  confidence?: readonly number[];
  /** Called with (iterations done, iterations) at most 4 times a second, and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

export interface SimulationSettings {
  iterations: number;
  seed: number;
  vacancyRate?: number;
  confidence: number[];
  onProgress?: (done: number, total: number) => void;
}

/**
 * The options checked, with defaults filled in.
 *
 * @throws {RangeError} `iterations must be a whole number from 2 to 10000000 (every draw is kept: 8 bytes per draw for each office x docket row, office and total), got 1`, `seed is required: ...`,
 *   `vacancyRate must be a number in [0, 1), got 1`, `confidence must be a non-empty list of levels in (0, 1], got [0.9, 90]`,
 *   `confidence must give each level once, got 0.9 twice in [0.9,0.9]`
 * @throws {TypeError} `onProgress must be a function`
 */
export function simulationSettings(options: SimulateOptions): SimulationSettings {
  const { iterations = 10_000, seed, vacancyRate, confidence = [0.5, 0.8, 0.9, 0.95], onProgress } = options ?? {};
  if (!(Number.isInteger(iterations) && iterations >= 2 && iterations <= MAX_ITERATIONS)) {
    throw new RangeError(`iterations must be a whole number from 2 to ${MAX_ITERATIONS} (every draw is kept: 8 bytes per draw for each office x docket row, office and total), got ${String(iterations)}`);
  }
  if (seed === undefined) throw new RangeError(`seed is required: a whole number from 0 to ${MAX_SEED} (the same seed gives the same result)`);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED}, got ${String(seed)}`);
  if (vacancyRate !== undefined && !(typeof vacancyRate === 'number' && vacancyRate >= 0 && vacancyRate < 1)) {
    throw new RangeError(`vacancyRate must be a number in [0, 1), got ${String(vacancyRate)}`);
  }
  const levels = Array.isArray(confidence) ? confidence : [];
  if (levels.length === 0 || !levels.every((level) => typeof level === 'number' && level > 0 && level <= 1)) {
    throw new RangeError(`confidence must be a non-empty list of levels in (0, 1], got ${JSON.stringify(confidence)}`);
  }
  // A level given twice would be one key of officersForConfidence but two columns of a table.
  const repeated = levels.find((level, i) => levels.indexOf(level) !== i);
  if (repeated !== undefined) throw new RangeError(`confidence must give each level once, got ${repeated} twice in ${JSON.stringify(confidence)}`);
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError('onProgress must be a function');
  return {
    iterations, seed, confidence: [...levels],
    ...(vacancyRate === undefined ? {} : { vacancyRate }),
    ...(onProgress === undefined ? {} : { onProgress }),
  };
}
