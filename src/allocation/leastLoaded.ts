/**
 * Which officer a case should go to in longest-processing-time-first assignment: the one whose load
 * (hours + h) / capacity would be the smallest with the case (ties: the officer listed first), in
 * O(log n) per case instead of a scan of every officer.
 *
 * A kinetic tournament (Basch, Guibas and Hershberger, "Data structures for mobile data", J. Algorithms
 * 31, 1999): a tournament tree over the officers holds the winner of every match at the current case's
 * hours h. Cases come longest first, so h only falls; as it does, an officer of smaller capacity
 * gains on one of larger capacity (its load falls faster, by h / capacity), and a match can change
 * winner at the h where their loads cross. Each match keeps that h as a certificate, and a queue
 * replays the matches whose certificate falls at or above the next case's hours. With equal
 * capacities no match ever changes winner and the tree is a plain tournament (like a heap).
 *
 * Loads are compared exactly: in floating point where the two differ clearly, else as exact rationals
 * of the doubles involved (BigInt), so that the crossing points, and the ties, are the true ones.
 */
import { commonScale } from '../internal/exactNumbers.js';
import { IndexedMaxHeap } from '../internal/Heap.js';

/** Loads further apart than this (relative) are ordered by their floats (error below 2^-51). */
const FLOAT_DECIDES = 2 ** -49;
/** A certificate that never fails: the winner keeps the match however far h falls. */
const NEVER = -Infinity;
/** Relative padding of a crossing point, so that a match is replayed at or before its crossing. */
const PADDING = 1e-9;

export class LeastLoaded {
  /** Hours assigned to each officer (the caller sets them). */
  readonly hours: Float64Array;
  /** winner[v]: the officer winning node v; leaves are n + officer, the root is 1. */
  private readonly winner: Int32Array;
  /** For each inner node, the h at or below which its match must be replayed (NEVER: no replay). */
  private readonly replayAt: Float64Array;
  private readonly replays: IndexedMaxHeap;
  private h = Infinity;
  private built = false;

  constructor(private readonly capacity: Float64Array) {
    const n = capacity.length;
    this.hours = new Float64Array(n);
    this.winner = new Int32Array(2 * n);
    for (let o = 0; o < n; o++) this.winner[n + o] = o;
    this.replayAt = new Float64Array(Math.max(n, 1)).fill(NEVER);
    this.replays = new IndexedMaxHeap(this.replayAt);
  }

  /** The officer for a case of `hours` hours; cases must come in order of non-increasing hours. */
  choose(hours: number): number {
    this.h = hours;
    const n = this.capacity.length;
    if (!this.built) {
      for (let v = n - 1; v >= 1; v--) this.play(v);
      this.built = true;
    }
    // Replay every match whose certificate has failed, and the matches above it. A replay whose padded
    // certificate is still at or above h (the crossing is just below) waits for the next case.
    const waiting: number[] = [];
    for (let v = this.replays.peek(); v !== undefined && this.replayAt[v]! >= hours; v = this.replays.peek()) {
      for (let u = v; u >= 1; u >>= 1) {
        this.play(u);
        if (this.replayAt[u]! >= hours) {
          this.replays.remove(u);
          waiting.push(u);
        }
      }
    }
    for (const u of waiting) if (this.replayAt[u] !== NEVER) this.replays.update(u);
    return this.winner[1]!;
  }

  /** Sets an officer's hours (after a case was added) and replays its matches at the current h. */
  setHours(officer: number, hours: number): void {
    this.hours[officer] = hours;
    if (!this.built) return;
    for (let v = (this.capacity.length + officer) >> 1; v >= 1; v >>= 1) this.play(v);
  }

  /** True when officer a's load with the case is below b's, or equal and a is listed first. */
  private before(a: number, b: number): boolean {
    const { hours, capacity, h } = this;
    const loadA = (hours[a]! + h) / capacity[a]!;
    const loadB = (hours[b]! + h) / capacity[b]!;
    if (Math.abs(loadA - loadB) > FLOAT_DECIDES * Math.max(loadA, loadB)) return loadA < loadB;
    // Equal capacities: the loads compare as the hours do, and doubles compare exactly.
    if (capacity[a] === capacity[b]) return hours[a] !== hours[b] ? hours[a]! < hours[b]! : a < b;
    // (H_a + h) / c_a against (H_b + h) / c_b, cross-multiplied, exactly.
    const [ha, hb, hh, ca, cb] = commonScale([hours[a]!, hours[b]!, h, capacity[a]!, capacity[b]!]).integers as [bigint, bigint, bigint, bigint, bigint];
    const left = (ha + hh) * cb;
    const right = (hb + hh) * ca;
    return left !== right ? left < right : a < b;
  }

  /** Plays the match at inner node v between its children's winners, and sets its certificate. */
  private play(v: number): void {
    const a = this.winner[2 * v]!;
    const b = this.winner[2 * v + 1]!;
    const [w, l] = this.before(a, b) ? [a, b] : [b, a];
    this.winner[v] = w;
    this.replayAt[v] = this.crossing(w, l);
    if (this.replayAt[v] === NEVER) this.replays.remove(v);
    else this.replays.update(v);
  }

  /**
   * The h below which the loser's load could pass the winner's, padded upward for float error:
   * with c_l < c_w, (H_l + h) / c_l <= (H_w + h) / c_w once h <= (H_w c_l - H_l c_w) / (c_w - c_l).
   */
  private crossing(w: number, l: number): number {
    const cw = this.capacity[w]!;
    const cl = this.capacity[l]!;
    if (cl >= cw) return NEVER;
    const numerator = this.hours[w]! * cl - this.hours[l]! * cw;
    const spread = cw - cl;
    const at = numerator / spread;
    if (!Number.isFinite(at)) return Infinity; // replay at the next case
    const error = (Math.abs(this.hours[w]! * cl) + Math.abs(this.hours[l]! * cw)) / spread + Math.abs(at) * ((cw + cl) / spread);
    return at + PADDING * error;
  }
}
