// What a benchmark run prints, kept so that it can also be written to bench/results.md: sections
// with tables and notes, and the targets as PASS/FAIL lines.
import { cpus, loadavg, totalmem } from 'node:os';

/** 0.000123 s -> "123 us", 0.0456 -> "45.6 ms", 2.5 -> "2.50 s" (three significant digits). */
export function duration(seconds) {
  const [value, unit] = seconds < 1e-3 ? [seconds * 1e6, 'us'] : seconds < 1 ? [seconds * 1e3, 'ms'] : [seconds, 's'];
  return `${value.toPrecision(3)} ${unit}`;
}

/** A summary as "median (min-max)". */
export function spread({ median, min, max }, format = duration) {
  return `${format(median)} (${format(min)}-${format(max)})`;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** Bytes in KB below 1 MB, else in MB. */
export const mb = (bytes) => (bytes < 2 ** 20 ? kb(bytes) : `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`);
export const times = (ratio) => `${ratio.toFixed(2)}x`;

/** The load average over 1, 5 and 15 minutes, as `load 1.2, 0.9, 0.7` (2 cores: above 2, work waits for a core). */
export function load() {
  return `load ${loadavg().map((n) => n.toFixed(1)).join(', ')}`;
}

/** "CPU 1.23 ms, wall 4.56 ms": a median CPU time and a median wall time. */
export function cpuAndWall(cpu, wall) {
  return `CPU ${duration(cpu)}, wall ${duration(wall)}`;
}

/** The machine a run came from. */
export function machine(extra = {}) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    ...extra,
  };
}

export class Report {
  blocks = [];
  targets = [];

  /** With `smoke`, targets are printed but marked: tiny sizes say nothing about the targets. */
  constructor({ smoke = false } = {}) {
    this.smoke = smoke;
  }

  /** A section's title, with the load average when it started (other work on the machine slows wall times). */
  section(title) {
    console.log(`\n${title} (${load()})`);
    this.blocks.push(`## ${title}`, `Load average when it started: ${load()}.`);
  }

  note(text) {
    console.log(`  ${text}`);
    this.blocks.push(text);
  }

  /** A table: `header` is a list of column names, `rows` lists of cells (strings). */
  table(header, rows) {
    const widths = header.map((name, c) => Math.max(name.length, ...rows.map((row) => String(row[c]).length)));
    const line = (cells) => `  ${cells.map((cell, c) => String(cell).padEnd(widths[c])).join('  ')}`.trimEnd();
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    const md = (cells) => `| ${cells.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`;
    this.blocks.push([md(header), md(header.map(() => '---')), ...rows.map(md)].join('\n'));
  }

  /** One of the targets: printed at once and listed again at the end. */
  target(label, pass, measured) {
    const text = `${this.smoke ? '(smoke) ' : ''}${pass ? 'PASS' : 'FAIL'}  ${label}: ${measured} (${load()})`;
    console.log(`  ${text}`);
    this.targets.push(text);
  }

  summary() {
    console.log('\nTargets (issue 9)');
    for (const text of this.targets) console.log(`  ${text}`);
    const failed = this.targets.filter((text) => text.includes('FAIL  ')).length;
    console.log(`  ${this.targets.length - failed} of ${this.targets.length} pass${this.smoke ? ' (smoke sizes: not the issue\'s targets)' : ''}`);
  }

  markdown(facts, command) {
    return [
      '# Benchmark results',
      '',
      `Written by \`${command}\` (see [docs/benchmarks.md](../docs/benchmarks.md) for what each figure measures).`,
      'Times are medians of alternated runs, with the range (min-max) in brackets.',
      '',
      '| machine | |',
      '| --- | --- |',
      ...Object.entries(facts).map(([key, value]) => `| ${key} | ${value} |`),
      '',
      '## Targets (issue 9)',
      '',
      '```',
      ...this.targets,
      '```',
      '',
      ...this.blocks.flatMap((block) => [block, '']),
    ].join('\n');
  }
}
