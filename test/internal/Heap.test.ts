import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap, IndexedMaxHeap } from '../../src/internal/Heap.js';

describe('Heap', () => {
  it('takes indexes out in the order `before` gives, with peek and replaceTop', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), (values) => {
        // Order: larger value first, then smaller index (a total order, as the allocation code uses).
        const heap = new Heap((a, b) => values[a]! > values[b]! || (values[a] === values[b] && a < b));
        values.forEach((_, i) => heap.push(i));
        const out: number[] = [];
        while (heap.size > 0) out.push(heap.pop()!);
        expect(out).toEqual(values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b));
      }),
    );
    const values = [5, 9, 7];
    const heap = new Heap((a, b) => values[a]! > values[b]!);
    [0, 1, 2].forEach((i) => heap.push(i));
    expect(heap.peek()).toBe(1);
    values[1] = 1; // the top's key fell: it sinks
    heap.replaceTop(1);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([2, 0, 1, undefined]);
  });
});

describe('IndexedMaxHeap', () => {
  it('keeps the largest key on top through updates and removals (against a plain scan)', () => {
    const operation = fc.record({ index: fc.nat({ max: 19 }), key: fc.integer({ min: -100, max: 100 }), remove: fc.boolean() });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (operations) => {
        const key = new Float64Array(20);
        const heap = new IndexedMaxHeap(key);
        const present = new Set<number>();
        for (const { index, key: value, remove } of operations) {
          if (remove) {
            heap.remove(index);
            present.delete(index);
          } else {
            key[index] = value;
            heap.update(index);
            present.add(index);
          }
          expect(heap.size).toBe(present.size);
          const top = heap.peek();
          if (present.size === 0) expect(top).toBeUndefined();
          else expect(key[top!]).toBe(Math.max(...[...present].map((i) => key[i]!)));
        }
      }),
    );
  });
});
