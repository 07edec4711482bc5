/**
 * The examples of docs/data.md's sections on case exports (readCaseCounts, withCaseCounts) run, from
 * the package root, and give what they show: `expression; // => value` gives that value, and a
 * statement followed by `// throws Name: message` throws that error with that message (the syntax
 * of test/node/dataDocs.test.ts, which runs the loadModel sections).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as node from '../../src/node/index.js';

const root = join(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/data.md'), 'utf8');
const sections = doc.slice(doc.indexOf('## Case counts from a case-level export'), doc.indexOf('## A model kept in a spreadsheet'));
const blocks = [...sections.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** A block as the body of an async function that checks every shown result. */
function checked(block: string): string {
  return block
    .replace(/^import .*$/gm, '')
    .replace(/^(.+?);\s*\/\/ => (.+)$/gm, (_, expression: string, shown: string) => `__equal(${expression}, ${JSON.stringify(shown)});`)
    .replace(/^(.+?);\n\/\/ throws (\w+): (.+)$/gm, (_, statement: string, name: string, message: string) =>
      `await __throws(async () => { ${statement}; }, ${JSON.stringify(name)}, ${JSON.stringify(message)});`);
}

it('docs/data.md has examples for case exports', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(8);
});

it.each(blocks.map((block, i) => [i + 1, block]))("docs/data.md's case-export example %i gives what it shows", async (_, block) => {
  let checks = 0;
  // Values are shown as JavaScript (unquoted keys, single quotes): evaluated, then compared as JSON.
  const equal = (value: unknown, shown: string) => {
    checks++;
    expect(JSON.parse(JSON.stringify(value)), shown).toEqual(new Function(`return (${shown})`)());
  };
  const throws = async (run: () => Promise<unknown>, name: string, message: string) => {
    checks++;
    await expect(run()).rejects.toMatchObject({ name, message });
  };
  const names = { ...api, ...node };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction(...Object.keys(names), '__equal', '__throws', checked(block as string))(...Object.values(names), equal, throws);
  } finally {
    process.chdir(cwd);
  }
  expect(checks).toBe(((block as string).match(/\/\/ (=>|throws)/g) ?? []).length);
});
