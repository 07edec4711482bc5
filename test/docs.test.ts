/**
 * The JavaScript examples of docs/queueing.md and docs/hiring-plan.md run, each page's blocks in order,
 * and every `expression; // number` line gives that number to the digits shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it.each(['queueing.md', 'hiring-plan.md'])("docs/%s: the examples give the numbers they show", (page) => {
  const text = readFileSync(join(import.meta.dirname, '../docs', page), 'utf8');
  const code = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((block) => block[1]!).join('\n');
  const shownValues: string[] = [];
  const body = code
    .replace(/^import .*$/gm, '')
    .replace(/^(.+?);\s+\/\/\s+(-?[\d.]+)\b.*$/gm, (_, expression: string, shown: string) => {
      shownValues.push(shown);
      return `__check(${shownValues.length - 1}, ${expression});`;
    });
  const seen: number[] = [];
  new Function('api', '__check', `const { ${Object.keys(api).join(', ')} } = api;\n${body}`)(api, (index: number, value: number) => (seen[index] = value));
  expect(shownValues.length).toBeGreaterThanOrEqual(2);
  shownValues.forEach((shown, index) => {
    const digits = shown.split('.')[1]?.length ?? 0;
    expect(seen[index]!.toFixed(digits), `${page} check ${index}`).toBe(Number(shown).toFixed(digits));
  });
});
