/**
 * docs/data.md's examples run: in every js block, `expression; // => value` gives that value and
 * `await expression; // throws: message` fails with that message. Run from the repository's root,
 * as the examples' paths are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as nodeApi from '../../src/node/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/data.md'), 'utf8');
const blocks = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => /\/\/ (=>|throws:)/.test(block));
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('docs/data.md', () => {
  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((block) => [block.split('\n').find((line) => /\/\/ (=>|throws:)/.test(line))!.slice(0, 70), block]))('%s ...', async (_, block) => {
    const shown: string[] = [];
    const body = block
      .replace(/^import .*$/gm, '')
      .replace(/^await (.+?);\s*\/\/ throws: (.+)$/gm, (_, expression: string, message: string) => `await __throws(${JSON.stringify(message)}, async () => { await ${expression}; });`)
      .replace(/^(.+?);\s*\/\/ => (.+)$/gm, (_, expression: string, value: string) => `__check(${shown.push(value) - 1}, ${expression});`);
    const names = { ...api, ...nodeApi };
    let checked = 0;
    const check = (index: number, value: unknown) => {
      expect(plain(value), shown[index]).toEqual(new Function(`return (${shown[index]})`)());
      checked++;
    };
    const throws = async (message: string, run: () => Promise<void>) => {
      await expect(run()).rejects.toThrow(message);
      await run().catch((error: Error) => expect(error.message).toBe(message));
      checked++;
    };
    await new AsyncFunction(...Object.keys(names), '__check', '__throws', body)(...Object.values(names), check, throws);
    expect(checked).toBe((block.match(/\/\/ (=>|throws:)/g) ?? []).length);
  });
});
