/**
 * The JavaScript examples of docs/report-html.md run (each page's blocks in order, in one scope, with
 * the package's exports from dist/ in reach) and give the results they show (`// => value`; see
 * shownValues.ts for how values are compared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { runExample } from './shownValues.js';

const root = join(import.meta.dirname, '..', '..');

it.each(['report-html.md'])('docs/%s: the examples give the results they show', async (page) => {
  const text = readFileSync(join(root, 'docs', page), 'utf8');
  const code = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((block) => block[1]!).join('\n');
  expect(code).toContain('// =>');
  const api = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  await runExample(code, { ...api });
});
