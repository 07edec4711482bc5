/**
 * How often each whole number occurred among draws (a counting sort's table): whole officers and
 * positions take few distinct values, so their order statistics come from the counts, without
 * keeping every draw. The table starts at the first value added and grows to take any later one.
 *
 * @example
 * const counts = new IntegerCounts();
 * [3, 1, 2, 2].forEach((value) => counts.add(value));
 * counts.kthSmallest(3) // => 2 (sorted: 1, 2, 2, 3)
 */
export class IntegerCounts {
  private counts = new Float64Array(16);
  private offset = 0;
  private size = 0;

  /** Counts one draw of `value`, a whole number. */
  add(value: number): void {
    let at = value - this.offset;
    if (this.size === 0) {
      this.offset = value;
      at = 0;
    } else if (at < 0 || at >= this.counts.length) at = this.grow(value);
    this.counts[at]!++;
    this.size++;
  }

  /** The k-th smallest value counted (k from 1 to the number of draws). */
  kthSmallest(k: number): number {
    let seen = 0;
    for (let at = 0; at < this.counts.length; at++) {
      seen += this.counts[at]!;
      if (seen >= k) return this.offset + at;
    }
    throw new RangeError(`k must be from 1 to ${this.size}, got ${k}`);
  }

  /**
   * Makes room for `value`, at least doubling the table so that growing costs little in all, with the
   * new room on the side that grew (below for a new least value): a run of ever lower values doubles
   * the table a few times, not once per value. Returns the index of `value`.
   */
  private grow(value: number): number {
    const length = this.counts.length;
    const low = Math.min(this.offset, value);
    const high = Math.max(this.offset + length - 1, value);
    const size = Math.max(2 * length, high - low + 1);
    const offset = value < this.offset ? high - size + 1 : low;
    const larger = new Float64Array(size);
    larger.set(this.counts, this.offset - offset);
    this.counts = larger;
    this.offset = offset;
    return value - offset;
  }
}
