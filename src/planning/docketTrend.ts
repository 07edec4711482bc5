import { linearRegression, linearRegressionLine, rSquared } from '../internal/simpleStatistics.js';

/** A docket size in a year: one point of a history. */
export interface DocketSize {
  /** The calendar year. */
  year: number;
  /** Cases on the docket that year. */
  cases: number;
}

/** The straight line fitted to a docket history. */
export interface DocketTrend {
  /** How the line was fitted. */
  method: 'linear least squares (simple-statistics linearRegression): cases = slope x year + intercept';
  /** Cases added a year. */
  slope: number;
  /** The line's value in year 0. */
  intercept: number;
  /** The share of the history's variance the line explains. */
  rSquared: number;
  /** The history, with the line's value in each of its years. */
  history: {
    /** The year. */
    year: number;
    /** The docket size given. */
    cases: number;
    /** The line's value: slope x year + intercept. */
    fitted: number;
  }[];
}

/**
 * Fits cases = slope x year + intercept to a docket history by least squares (simple-statistics'
 * `linearRegression`), and reports how well it fits (`rSquared`).
 *
 * @throws {RangeError} `docketGrowth needs at least two years of docket sizes, got 1`;
 *   `docketGrowth[1].year must be a whole number, got 2016.5`; `docketGrowth[1].cases must be a number >= 0, got -1`;
 *   `docketGrowth[2].year: 2016 is given twice`
 * @example
 * docketTrend([{ year: 2016, cases: 100 }, { year: 2018, cases: 140 }]).slope // => 20
 */
export function docketTrend(history: readonly DocketSize[]): DocketTrend {
  if (history.length < 2) throw new RangeError(`docketGrowth needs at least two years of docket sizes, got ${history.length}`);
  const seen = new Set<number>();
  history.forEach((point, i) => {
    if (point === null || typeof point !== 'object') throw new RangeError(`docketGrowth[${i}] must be { year, cases }, got ${String(point)}`);
    if (!Number.isInteger(point.year)) throw new RangeError(`docketGrowth[${i}].year must be a whole number, got ${String(point.year)}`);
    if (!(typeof point.cases === 'number' && Number.isFinite(point.cases) && point.cases >= 0)) {
      throw new RangeError(`docketGrowth[${i}].cases must be a number >= 0, got ${String(point.cases)}`);
    }
    if (seen.has(point.year)) throw new RangeError(`docketGrowth[${i}].year: ${point.year} is given twice`);
    seen.add(point.year);
  });
  const points = history.map((point): [number, number] => [point.year, point.cases]);
  const { m: slope, b: intercept } = linearRegression(points);
  const line = linearRegressionLine({ m: slope, b: intercept });
  return {
    method: 'linear least squares (simple-statistics linearRegression): cases = slope x year + intercept',
    slope,
    intercept,
    rSquared: rSquared(points, line),
    history: history.map((point) => ({ year: point.year, cases: point.cases, fitted: line(point.year) })),
  };
}
