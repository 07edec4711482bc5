import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types, no Node-only imports (checked by test/portability.test.ts).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // The command line: Node only, ESM, one file.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
