/**
 * docs/uncertainty.md's example runs, and every `expression; // number` line in it gives that number
 * to the digits shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';

it("docs/uncertainty.md's example gives the numbers it shows", () => {
  const page = readFileSync(join(import.meta.dirname, '../../docs/uncertainty.md'), 'utf8');
  const example = /## simulate\s+```js\n([\s\S]*?)```/.exec(page)![1]!;
  const shown: string[] = [];
  const body = example
    .replace(/^import .*$/m, '')
    .replace(/^(.+?);\s+\/\/\s+(-?[\d.]+)\b.*$/gm, (_, expression: string, value: string) => {
      shown.push(value);
      return `__check(${shown.length - 1}, ${expression});`;
    });
  const seen: number[] = [];
  new Function('api', '__check', `const { ${Object.keys(api).join(', ')} } = api;\n${body}`)(api, (i: number, value: number) => (seen[i] = value));
  expect(shown.length).toBe(6);
  shown.forEach((value, i) => {
    const digits = value.split('.')[1]?.length ?? 0;
    expect(seen[i]!.toFixed(digits), `docs check ${i}`).toBe(Number(value).toFixed(digits));
  });
});
