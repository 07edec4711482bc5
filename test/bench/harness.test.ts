// The benchmark harness (bench/harness.mjs): medians and ranges, the alternation order, and the
// check that a baseline returns what the candidate returns.
import { describe, expect, it } from 'vitest';
import { alternate, assertSame, cpuSeconds, growth, inProcess, rotation, summary } from '../../bench/harness.mjs';

describe('summary', () => {
  it('gives the median and the range', () => {
    expect(summary([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(summary([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 }); // (2 + 3) / 2
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    summary(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('rotation', () => {
  it('starts each round with the next contestant, so that none is always first', () => {
    expect([0, 1, 2, 3].map((round) => rotation(3, round))).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
      [0, 1, 2],
    ]);
  });
});

describe('assertSame', () => {
  it('accepts numbers equal to a relative 1e-9, whatever the key order', () => {
    expect(() => assertSame({ b: 1, a: [1e6 + 1e-4] }, { a: [1e6], b: 1 }, 'x')).not.toThrow(); // 1e-4 / 1e6 = 1e-10
  });

  it('names the first place the outputs differ', () => {
    const expected = { rows: [{ gap: 1 }, { gap: 5 }] };
    expect(() => assertSame({ rows: [{ gap: 1 }, { gap: 4 }] }, expected, 'assess')).toThrow('assess: the outputs differ at rows[1].gap: 4 against 5');
    expect(() => assertSame({ rows: [{ gap: 1 }] }, expected, 'assess')).toThrow('at rows: 1 items against 2');
    expect(() => assertSame({ rows: [{ gap: 1 }, {}] }, expected, 'assess')).toThrow('at rows[1]: keys missing: [gap], keys extra: []');
  });

  it('tells null from 0 and a string from a number', () => {
    expect(() => assertSame({ u: 0 }, { u: null }, 'x')).toThrow('at u: 0 against null');
    expect(() => assertSame(['1'], [1], 'x')).toThrow('at [0]: "1" against 1');
  });
});

describe('alternate', () => {
  const fake = (name: string, output: unknown, order: string[]) => ({
    name,
    run: () => {
      order.push(name);
      return { seconds: order.length, output, peak: order.length * 10 };
    },
  });

  it('runs contestants in rotation and reports each one\'s median, range and extras', async () => {
    const order: string[] = [];
    const [a, b] = await alternate('t', [fake('a', 1, order), fake('b', 1, order)], { runs: 3 });
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    // a ran 1st, 4th and 5th; b 2nd, 3rd and 6th (seconds here are the position in the order)
    expect(a!.seconds).toEqual({ median: 4, min: 1, max: 5, runs: 3 });
    expect(b!.seconds).toEqual({ median: 3, min: 2, max: 6, runs: 3 });
    expect(a!.extras).toEqual({ peak: [10, 40, 50] });
  });

  it('fails loudly when a baseline returns something else', async () => {
    await expect(alternate('apportion', [fake('ours', [3, 1], []), fake('heapq', [2, 2], [])], { runs: 1 })).rejects.toThrow(
      'apportion, heapq against ours: the outputs differ at [0]: 2 against 3',
    );
  });

  it('holds a contestant marked ownOutput to its own first output', async () => {
    let calls = 0;
    const drifting = { name: 'tenth', ownOutput: true, run: () => ({ seconds: 1, output: calls++ < 1 ? 'x' : 'y' }) };
    await expect(alternate('t', [fake('a', 1, []), { ...drifting, run: () => ({ seconds: 1, output: 'x' }) }], { runs: 2 })).resolves.toHaveLength(2);
    await expect(alternate('t', [fake('a', 1, []), drifting], { runs: 2 })).rejects.toThrow('t, tenth against its first run');
  });
});

describe('inProcess', () => {
  it('times a call per batch and maps the last result with output', async () => {
    let calls = 0;
    const contestant = inProcess('f', () => ++calls, { minSampleMs: 1, output: (n) => n > 0 });
    const { seconds, output } = await contestant.run();
    expect(output).toBe(true);
    expect(seconds).toBeGreaterThan(0);
    expect(calls).toBeGreaterThanOrEqual(5); // one to compile, one to warm up, at least two to size the batch, one batch
  });

  it('reads the CPU time of each call beside its wall time', async () => {
    // A call that keeps the CPU busy for 5 ms of wall time: it uses some CPU time, and no more than
    // its wall time allows on the cores the machine has (a single thread, plus GC helpers at most).
    const busy = () => {
      const end = performance.now() + 5;
      let spins = 0;
      while (performance.now() < end) spins++;
      return spins;
    };
    const { seconds, cpuSeconds: cpu } = await inProcess('busy', busy, { minSampleMs: 10 }).run();
    expect(seconds).toBeGreaterThanOrEqual(0.005);
    expect(cpu).toBeGreaterThan(0);
    expect(cpu).toBeLessThanOrEqual(seconds * 4);
  });
});

describe('cpuSeconds', () => {
  it('counts up as the process computes', () => {
    const before = cpuSeconds();
    const end = performance.now() + 20;
    while (performance.now() < end);
    expect(cpuSeconds()).toBeGreaterThan(before);
  });
});

describe('growth', () => {
  it('is the exponent k in time ~ n^k', () => {
    expect(growth(1, 1000, 100, 10_000)).toBeCloseTo(2, 12); // 100x the time for 10x the size
    expect(growth(2, 1000, 20, 10_000)).toBeCloseTo(1, 12);
  });
});
