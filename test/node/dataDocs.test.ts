/**
 * The examples of docs/data.md's sections on model folders and JSON models run, from the package root,
 * and give what they show (test/docExamples.ts: `// =>` values and `// throws`).
 */
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as node from '../../src/node/index.js';
import { jsBlocks, runExample } from '../docExamples.js';

const blocks = jsBlocks('data.md', '## A model kept in a spreadsheet', '## CSV out');

it('docs/data.md has examples for loadModel', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(5);
});

it.each(blocks.map((block, i) => [i + 1, block] as const))("docs/data.md's loadModel example %i gives what it shows", async (_, block) => {
  expect(await runExample(block, { ...api, loadModel: node.loadModel }, { kinds: ['value', 'throws'], json: true, fromRoot: true })).toBeGreaterThan(0);
});
