import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('docs/notebooks.md lists every result with a Jupyter display', () => {
  it('the functions named there are exactly those whose result goes through displayResult', () => {
    // Independent of the docs: the exported functions of src/ whose body returns displayResult(...).
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.startsWith('display'));
    const displayed = sources
      .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
      .filter((source) => source.includes('return displayResult('))
      // The exported function the return is in: the last one declared before it.
      .map((source) => [...source.slice(0, source.indexOf('return displayResult(')).matchAll(/export function (\w+)/g)].at(-1)![1]!)
      .sort();
    expect(displayed.length).toBeGreaterThanOrEqual(9);
    const page = readFileSync(join(root, 'docs/notebooks.md'), 'utf8');
    const bullet = /^- (`\w+`(?:, |,\n\s+| and |\s+and\s+))+`\w+` return their plain result objects/m.exec(page)![0];
    expect([...bullet.matchAll(/`(\w+)`/g)].map((match) => match[1]).sort()).toEqual(displayed);
  });
});
