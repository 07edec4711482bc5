import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first; the two builds run at once, so neither cleans.

export default defineConfig([
  {
    // The library: ESM + CJS + types. index has no Node-only imports (test/package.test.ts checks);
    // node holds the file and stream readers.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    silent: true,
    // mathjs's package entry loads all of mathjs (about 90 MB of memory in Node); bundled, only its
    // unit parser ships. See the commit that added this line for the numbers. d3-random ships ESM
    // only; bundled (its Beta, Gamma and uniform samplers, under 2 KB), the CJS build needs no require(esm).
    noExternal: ['mathjs', 'd3-random'],
  },
  {
    // The command line: Node only, ESM, one file.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    silent: true,
    noExternal: ['mathjs', 'd3-random'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
