// The root export's weight for planning tools in browsers: minified and gzipped, against a baseline
// of what its dependencies alone weigh (the mathjs unit parser and a zod/mini schema), in the same run.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

async function weigh(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export async function bundleBench() {
  const root = await weigh(`export * from './dist/index.js';`);
  const deps = await weigh(`
    import { create, unitDependencies, createUnitDependencies } from 'mathjs';
    import * as z from 'zod/mini';
    export const math = create({ unitDependencies, createUnitDependencies });
    export const schema = z.strictObject({ a: z.optional(z.union([z.number(), z.string()])) });`);
  console.log('bundle (esbuild, minified, browser)');
  console.log(`  root export      ${kb(root.min)} min, ${kb(root.gz)} gzipped`);
  console.log(`  baseline (deps)  ${kb(deps.min)} min, ${kb(deps.gz)} gzipped  (mathjs units + a zod/mini schema)`);
  console.log(`  ratio            ${(root.gz / deps.gz).toFixed(2)}x the dependencies alone, gzipped`);
}
