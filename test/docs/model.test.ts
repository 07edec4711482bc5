/**
 * docs/model.md runs: its ```js blocks, in order and as one program, give every value they show.
 * `expression // => value` checks `expression` against `value` (deep equality); so does an
 * expression line followed by a `// => value` line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';

const markdown = readFileSync(join(import.meta.dirname, '../../docs/model.md'), 'utf8');

/** The program: the js blocks' lines, imports left out, each shown value turned into a check. */
function program(): { code: string; checks: number } {
  const out: string[] = [];
  let checks = 0;
  const check = (expression: string, value: string, line: number) => {
    checks++;
    return `__check(${line}, (${expression.replace(/;\s*$/, '')}), (${value}));`;
  };
  let inBlock = false;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.startsWith('```')) {
      inBlock = !inBlock && text === '```js';
      return;
    }
    if (!inBlock || /^import /.test(text)) return;
    const alone = /^\/\/ => (.*)$/.exec(text);
    const inline = /^(.*\S)\s+\/\/ => (.*)$/.exec(text);
    if (alone) out.push(check(out.pop()!, alone[1]!, line));
    else if (inline) out.push(check(inline[1]!, inline[2]!, line));
    else out.push(text);
  });
  return { code: out.join('\n'), checks };
}

it('docs/model.md: every example runs and gives the value it shows', () => {
  const { code, checks } = program();
  const seen: number[] = [];
  const run = new Function('api', '__check', `const { ${Object.keys(api).join(', ')} } = api;\n${code}`);
  run(api, (line: number, actual: unknown, expected: unknown) => {
    seen.push(line);
    expect(actual, `docs/model.md line ${line}`).toEqual(expected);
  });
  expect(checks).toBeGreaterThan(30);
  expect(seen).toHaveLength(checks);
});
