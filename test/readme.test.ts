/**
 * The README's library example runs, and every `expression; // number` line in it gives that number
 * to the digits shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it("README's library example gives the numbers it shows", () => {
  const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
  const example = /## Library\s+```js\n([\s\S]*?)```/.exec(readme)![1]!;
  const shownValues: string[] = [];
  const body = example
    .replace(/^import .*$/m, '')
    .replace(/^(.+?);\s+\/\/\s+(-?[\d.]+)\b.*$/gm, (_, expression: string, shown: string) => {
      shownValues.push(shown);
      return `__check(${shownValues.length - 1}, ${expression});`;
    });
  const seen: number[] = [];
  const run = new Function('api', '__check', `const { ${Object.keys(api).join(', ')} } = api;\n${body}`);
  run(api, (index: number, value: number) => (seen[index] = value));
  expect(shownValues.length).toBeGreaterThanOrEqual(2);
  shownValues.forEach((shown, index) => {
    const digits = shown.split('.')[1]?.length ?? 0;
    expect(seen[index]!.toFixed(digits), `README check ${index}`).toBe(Number(shown).toFixed(digits));
  });
});
