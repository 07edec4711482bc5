// Types of bench/harness.mjs, for test/bench/harness.test.ts.
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}
export interface RunResult {
  seconds: number;
  output: unknown;
  [extra: string]: unknown;
}
export interface Contestant {
  name: string;
  run(): RunResult | Promise<RunResult>;
  ownOutput?: boolean;
}
export interface Measured {
  name: string;
  seconds: Summary;
  extras: Record<string, unknown[]>;
  output: unknown;
}
export function summary(values: readonly number[]): Summary;
export function rotation(count: number, round: number): number[];
export function assertSame(actual: unknown, expected: unknown, label: string, path?: string): void;
export function alternate(
  label: string,
  contestants: readonly Contestant[],
  options: { runs: number; same?: (actual: unknown, expected: unknown, label: string) => void },
): Promise<Measured[]>;
export function inProcess<T>(name: string, fn: () => T, options?: { minSampleMs?: number; output?: (result: T) => unknown }): Contestant;
/** CPU seconds this process has used (user + system). */
export function cpuSeconds(): number;
export function growth(seconds0: number, n0: number, seconds1: number, n1: number): number;
