/**
 * The JavaScript examples of the docs run, each page's blocks in order in one scope (imports from
 * 'staffing-model' replaced by the API; test/docExamples.ts). docs/queueing.md and
 * docs/hiring-plan.md: every `expression; // number` line gives that number to the digits shown.
 * docs/allocation.md and docs/workload.md: every result shown as `expression; // => value` (or
 * `// => value` on the line after a statement) is equal to the one the expression gives.
 */
import { expect, it } from 'vitest';
import * as api from '../src/index.js';
import { jsBlocks, runExample } from './docExamples.js';

it.each(['queueing.md', 'hiring-plan.md'])('docs/%s: the examples give the numbers they show', async (page) => {
  expect(await runExample(jsBlocks(page).join('\n'), api, { kinds: ['number'] })).toBeGreaterThanOrEqual(2);
});

it.each(['allocation.md', 'workload.md'])('docs/%s shows the results its examples give', async (page) => {
  expect(await runExample(jsBlocks(page).join('\n'), api, { kinds: ['value'] })).toBeGreaterThanOrEqual(3);
});
