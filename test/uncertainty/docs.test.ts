/**
 * docs/uncertainty.md's example runs, and every `expression; // number` line in it gives that number
 * to the digits shown (test/docExamples.ts).
 */
import { expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { jsBlocks, runExample } from '../docExamples.js';

it("docs/uncertainty.md's example gives the numbers it shows", async () => {
  const [example] = jsBlocks('uncertainty.md', '## simulate');
  expect(await runExample(example!, api, { kinds: ['number'] })).toBe(6);
});
