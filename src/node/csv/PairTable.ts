/**
 * Pairs of byte strings (a row's office and case type) interned to small ids, so that counting a
 * row costs one hash over its two fields' bytes and one comparison, and makes no string: strings
 * are made once per distinct pair (issue 9: the joined key string per row was a third of the time).
 *
 * Open addressing with linear probing; FNV-1a over the bytes with a seed chosen per table, so that
 * no file can be written to make every key collide.
 */
export class PairTable {
  /** How many pairs are in the table; their ids are 0 to size - 1, in the order added. */
  size = 0;
  /** Pair ids by slot; -1 is an empty slot. The table doubles at half full. */
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(256);
  /** Pair i's bytes are `keys[starts[i], starts[i] + firstLengths[i] + secondLengths[i])`. */
  private starts = new Int32Array(256);
  private firstLengths = new Int32Array(256);
  private secondLengths = new Int32Array(256);
  private keys = new Uint8Array(1 << 14);
  private keysLength = 0;
  private lastHash = 0;
  private readonly seed = (Math.random() * 0x1_0000_0000) | 0;

  /** The id of the pair `bytes[aStart, aEnd)`, `bytes[bStart, bEnd)`, or a negative number to pass to `add`. */
  find(bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
    let hash = this.seed;
    for (let i = aStart; i < aEnd; i++) hash = Math.imul(hash ^ bytes[i]!, 0x0100_0193);
    // 0xFF is never a byte of UTF-8: it marks where the first string ends.
    hash = Math.imul(hash ^ 0xff, 0x0100_0193);
    for (let i = bStart; i < bEnd; i++) hash = Math.imul(hash ^ bytes[i]!, 0x0100_0193);
    hash ^= hash >>> 16; // the low bits pick the slot: mix the high ones in
    this.lastHash = hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return -1 - slot;
      if (this.hashes[id] === hash && this.equals(id, bytes, aStart, aEnd, bStart, bEnd)) return id;
    }
  }

  /** Adds the pair that `find` (just called with the same bytes) did not find; returns its id. */
  add(missing: number, bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
    const id = this.size++;
    if (id === this.hashes.length) {
      for (const name of ['hashes', 'starts', 'firstLengths', 'secondLengths'] as const) this[name] = grown(this[name], this.size * 2);
    }
    const length = aEnd - aStart + (bEnd - bStart);
    if (this.keysLength + length > this.keys.length) this.keys = grown(this.keys, 2 * (this.keysLength + length));
    this.keys.set(bytes.subarray(aStart, aEnd), this.keysLength);
    this.keys.set(bytes.subarray(bStart, bEnd), this.keysLength + aEnd - aStart);
    this.hashes[id] = this.lastHash;
    this.starts[id] = this.keysLength;
    this.firstLengths[id] = aEnd - aStart;
    this.secondLengths[id] = bEnd - bStart;
    this.keysLength += length;
    this.slots[-1 - missing] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  private equals(id: number, bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
    const first = this.firstLengths[id]!;
    if (first !== aEnd - aStart || this.secondLengths[id] !== bEnd - bStart) return false;
    const keys = this.keys;
    const start = this.starts[id]!;
    for (let k = 0; k < first; k++) if (keys[start + k] !== bytes[aStart + k]) return false;
    for (let k = 0; k < bEnd - bStart; k++) if (keys[start + first + k] !== bytes[bStart + k]) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}
