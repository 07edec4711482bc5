/**
 * The examples of docs/data.md's sections on case exports (readCaseCounts, withCaseCounts) run, from
 * the package root, and give what they show (test/docExamples.ts: `// =>` values and `// throws`).
 */
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as node from '../../src/node/index.js';
import { jsBlocks, runExample } from '../docExamples.js';

const blocks = jsBlocks('data.md', '## Case counts from a case-level export', '## A model kept in a spreadsheet');

it('docs/data.md has examples for case exports', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(8);
});

it.each(blocks.map((block, i) => [i + 1, block] as const))("docs/data.md's case-export example %i gives what it shows", async (_, block) => {
  // Values are shown as JavaScript (unquoted keys, single quotes), compared as JSON.
  await runExample(block, { ...api, ...node }, { kinds: ['value', 'throws'], json: true, fromRoot: true });
});
