/**
 * The mean and the sample standard deviation (n - 1 in the denominator) of `values`, by the two-pass
 * algorithm on data shifted by the first value (Chan, Golub and LeVeque, "Algorithms for computing
 * the sample variance: analysis and recommendations", The American Statistician 37(3), 1983): no
 * loss of precision when the spread is small against the mean, and exactly 0 when every value is
 * the same. Needs at least 2 values.
 *
 * @example
 * meanAndSd(Float64Array.of(2, 4, 4, 4, 5, 5, 7, 9)) // => { mean: 5, sd: 2.138 } (sum of squares 32, / 7)
 */
export function meanAndSd(values: Float64Array): { mean: number; sd: number } {
  const n = values.length;
  const shift = values[0]!;
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i]! - shift;
  const shiftedMean = total / n;
  let squares = 0;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const deviation = values[i]! - shift - shiftedMean;
    squares += deviation * deviation;
    residual += deviation;
  }
  // The corrected two-pass formula: subtracting residual^2 / n removes the rounding error of the mean.
  const variance = Math.max(0, (squares - (residual * residual) / n) / (n - 1));
  return { mean: shift + shiftedMean, sd: Math.sqrt(variance) };
}
