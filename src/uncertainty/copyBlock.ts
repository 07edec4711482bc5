/**
 * Copies `count` iterations from a block (iteration j's series s at j x width + s) to the series
 * array (series s at s x n), starting at iteration `first`: a transpose of a small block that fits in
 * the cache, so both sides run through memory in order.
 */
export function copyBlock(block: Float64Array, series: Float64Array, width: number, n: number, first: number, count: number): void {
  for (let s = 0; s < width; s++) {
    for (let j = 0, to = s * n + first; j < count; j++) series[to + j] = block[j * width + s]!;
  }
}
