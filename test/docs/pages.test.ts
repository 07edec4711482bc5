/**
 * The JavaScript examples of docs/report-html.md and of data.md's browser section run (each page's
 * blocks in order, in one scope, with the package's exports from dist/ in reach) and give the results they show (`// => value`; see
 * shownValues.ts for how values are compared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { runExample } from './shownValues.js';

const root = join(import.meta.dirname, '..', '..');

const entry = async (name: string) => import(pathToFileURL(join(root, 'dist', name)).href);

it.each([
  // page, the section whose examples run (from its heading to the next "## "), the package entries in reach
  ['report-html.md', '', ['index.js']],
  ['data.md', '## In a browser: `staffing-model/csv`', ['index.js', 'csv.js']],
])('docs/%s: the examples give the results they show', async (page, section, entries) => {
  let text = readFileSync(join(root, 'docs', page), 'utf8');
  if (section) text = text.slice(text.indexOf(section), text.indexOf('\n## ', text.indexOf(section) + section.length));
  const code = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((block) => block[1]!).join('\n');
  expect(code).toContain('// =>');
  const scope = Object.assign({}, ...(await Promise.all(entries.map(entry))));
  await runExample(code, scope);
});
