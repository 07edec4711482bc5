/**
 * The JavaScript examples of the docs run, each page's blocks in order in one scope (imports from
 * 'staffing-model' replaced by the API). docs/queueing.md and docs/hiring-plan.md: every
 * `expression; // number` line gives that number to the digits shown. docs/allocation.md and
 * docs/workload.md: every result shown as `expression; // => value` (or `// => value` on the line after
 * a statement) is equal to the one the expression gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

interface Check {
  expression: string;
  expected: string;
}

/** The page's code with each shown result turned into a call of `__check(index, expression)`. */
function runnable(markdown: string): { body: string; checks: Check[] } {
  const checks: Check[] = [];
  const blocks = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const lines: string[] = [];
  for (const line of blocks.join('\n').split('\n')) {
    if (/^\s*import .* from 'staffing-model';\s*$/.test(line)) continue;
    const inline = /^(.*?);\s*\/\/ => (.*)$/.exec(line);
    const after = /^\s*\/\/ => (.*)$/.exec(line);
    if (inline) {
      checks.push({ expression: inline[1]!.trim(), expected: inline[2]! });
      lines.push(`__check(${checks.length - 1}, ${inline[1]});`);
    } else if (after) {
      // The previous statement's value: it ends with ';' on the line before.
      const previous = lines.pop()!.replace(/;\s*$/, '');
      checks.push({ expression: previous.trim(), expected: after[1]! });
      lines.push(`__check(${checks.length - 1}, ${previous});`);
    } else {
      lines.push(line);
    }
  }
  return { body: lines.join('\n'), checks };
}

describe.each(['allocation.md', 'workload.md'])('docs/%s', (page) => {
  const markdown = readFileSync(join(import.meta.dirname, '../docs', page), 'utf8');
  const { body, checks } = runnable(markdown);

  it('shows the results its examples give', () => {
    const seen = new Map<number, unknown>();
    const run = new Function('api', '__check', `const { ${Object.keys(api).join(', ')} } = api;\n${body}`);
    run(api, (index: number, value: unknown) => seen.set(index, value));
    expect(checks.length).toBeGreaterThanOrEqual(3);
    checks.forEach(({ expression, expected }, index) => {
      expect(seen.get(index), expression).toEqual(new Function(`return (${expected});`)());
    });
  });
});
