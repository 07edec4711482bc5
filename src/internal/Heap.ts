/** A binary heap of indexes; `before(a, b)` is true when a must come out before b. */
export class Heap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** The index that comes out next, without taking it out. */
  peek(): number | undefined {
    return this.items[0];
  }

  push(item: number): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    // Move parents down until the item's place is found, then write it once.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent]!;
      if (!this.before(item, above)) break;
      items[i] = above;
      i = parent;
    }
    items[i] = item;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) this.siftDown(last);
    return top;
  }

  /** Replaces the top by `item` (one sift instead of a pop and a push); the heap must not be empty. */
  replaceTop(item: number): void {
    this.siftDown(item);
  }

  private siftDown(item: number): void {
    const items = this.items;
    const n = items.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(items[child + 1]!, items[child]!)) child++;
      if (!this.before(items[child]!, item)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = item;
  }
}

/**
 * A max-heap of the indexes 0..n-1 by `key[index]`, each index at most once, whose keys can change
 * (`update` after changing a key). Ties come out in no set order.
 */
export class IndexedMaxHeap {
  private readonly items: number[] = [];
  /** Where each index sits in `items`, or -1. */
  private readonly position: Int32Array;

  constructor(private readonly key: Float64Array) {
    this.position = new Int32Array(key.length).fill(-1);
  }

  get size(): number {
    return this.items.length;
  }

  /** The index with the largest key, without taking it out. */
  peek(): number | undefined {
    return this.items[0];
  }

  /** Puts `index` in at its current key, or moves it to where its changed key belongs. */
  update(index: number): void {
    let at = this.position[index]!;
    if (at === -1) {
      at = this.items.length;
      this.items.push(index);
    }
    this.place(this.siftUp(at, index), index);
    const settled = this.position[index]!;
    this.place(this.siftDown(settled, index), index);
  }

  remove(index: number): void {
    const at = this.position[index]!;
    if (at === -1) return;
    this.position[index] = -1;
    const last = this.items.pop()!;
    if (at === this.items.length) return;
    this.place(this.siftUp(at, last), last);
    this.place(this.siftDown(this.position[last]!, last), last);
  }

  private place(at: number, index: number): void {
    this.items[at] = index;
    this.position[index] = at;
  }

  /** Moves larger-keyed parents down from `at` and returns where `index` belongs. */
  private siftUp(at: number, index: number): number {
    const { items, key } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (key[items[parent]!]! >= key[index]!) break;
      this.place(at, items[parent]!);
      at = parent;
    }
    return at;
  }

  /** Moves larger-keyed children up from `at` and returns where `index` belongs. */
  private siftDown(at: number, index: number): number {
    const { items, key } = this;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && key[items[child + 1]!]! > key[items[child]!]!) child++;
      if (key[items[child]!]! <= key[index]!) break;
      this.place(at, items[child]!);
      at = child;
    }
    return at;
  }
}
