import { join, relative, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// `npm run build` empties dist/ first; the builds run at once, so none cleans.
//
// dist/ holds one copy of everything, in ESM (.js) and CommonJS (.cjs):
//   index         the root export (no Node-only code)
//   node          staffing-model/node; takes the core from index, so there is one ModelError class and
//                 one unit parser whichever entry is loaded (CommonJS has no shared chunks without
//                 tsup's experimental splitting, which rewrites the code with sucrase)
//   mathjs-units  the part of mathjs the unit parser uses,
//   model-schema  the zod schema of a model, and
//   simple-statistics  what the core uses of it: modules whose loading does work, each in a file
//                 of its own, so that a bundle that does not use them (one that uses only apportion,
//                 balanceCaseload or toCsv) drops the file ("sideEffects": false); bench/exports.mjs
//                 weighs each export
//   cli           the command line (ESM only); loads index and node when a command runs, not for --help

const src = join(import.meta.dirname, 'src');
const extension = (format: string) => (format === 'cjs' ? '.cjs' : '.js');

/** Where a source file is, as `model/units` (no extension). */
const inSrc = (file: string) => relative(src, file).split(sep).join('/').replace(/\.[jt]s$/, '');

/**
 * Resolves some imports to a file of dist/ instead of bundling them: `target(importer, resolved)`
 * names the file (without extension) or returns undefined to bundle as usual. Both are given as
 * places in src/ (`model/units`, see inSrc), or the package name.
 */
function fromDist(name: string, target: (importer: string, resolved: string) => string | undefined): Plugin {
  return {
    name,
    setup(build) {
      const ext = extension(build.initialOptions.format ?? 'esm');
      build.onResolve({ filter: /^(\.|mathjs$|simple-statistics$)/ }, (args) => {
        const resolved = args.path.startsWith('.') ? inSrc(join(args.resolveDir, args.path)) : args.path;
        const file = target(inSrc(args.importer), resolved);
        return file === undefined ? undefined : { path: `./${file}${ext}`, external: true };
      });
    },
  };
}

/**
 * The modules built into files of their own (see above): the source they come from, the dist file,
 * and the packages bundled into it.
 * - mathjs: its package entry loads all of mathjs (about 90 MB of memory in Node); bundled, only its
 *   unit parser ships (see the commit that bundled it for the numbers).
 * - zod: `zod/mini` loads every locale of zod's messages, about 120 files: importing the schema took
 *   about 6 times the CPU time of the schema bundled with the part of zod it uses (measured: 175 ms
 *   against 27 ms under load). zod stays a dependency: the types (ModelInput) are zod's.
 */
const OWN_FILES: Record<string, { entry: string; file: string; bundled?: string[] }> = {
  mathjs: { entry: 'src/internal/mathjsUnits.ts', file: 'mathjs-units', bundled: ['mathjs'] },
  'simple-statistics': { entry: 'src/internal/simpleStatistics.ts', file: 'simple-statistics' },
  'model/schema': { entry: 'src/model/schema.ts', file: 'model-schema', bundled: ['zod'] },
};
const ownFiles = fromDist('own-files', (_, resolved) => (Object.hasOwn(OWN_FILES, resolved) ? OWN_FILES[resolved]!.file : undefined));

/** staffing-model/node: what it takes from the core comes from the root entry. */
const coreFromRoot = fromDist('core-from-root', (importer, resolved) =>
  importer.startsWith('node/') && /^(model|workload|allocation|output)\//.test(resolved) ? 'index' : undefined,
);

/** The command line: the library's two entries, loaded on demand, are the built ones. */
const entriesFromDist = fromDist('entries-from-dist', (importer, resolved) => {
  if (!importer.startsWith('cli/')) return undefined;
  return resolved === 'index' ? 'index' : resolved === 'node/index' ? 'node' : undefined;
});

const library: Options = {
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
  silent: true,
};

/** Deno (and tools that follow it) read the types of an ESM file from this comment. */
const selfTypes = (name: string): Options['banner'] => (ctx) => (ctx.format === 'esm' ? { js: `// @ts-self-types="./${name}.d.ts"` } : {});

export default defineConfig([
  ...Object.values(OWN_FILES).map(({ entry, file, bundled = [] }): Options => ({ ...library, entry: { [file]: entry }, noExternal: bundled })),
  {
    ...library,
    entry: { index: 'src/index.ts' },
    // Packages built into files of their own: tsup's rule that dependencies stay imported would win.
    // d3-random ships ESM only; bundled (its Beta, Gamma and uniform samplers, under 2 KB), the CJS
    // build needs no require(esm).
    noExternal: [...Object.keys(OWN_FILES).filter((source) => !source.includes('/')), 'd3-random'],
    esbuildPlugins: [ownFiles],
    banner: selfTypes('index'),
  },
  { ...library, entry: { node: 'src/node/index.ts' }, noExternal: ['d3-random'], esbuildPlugins: [coreFromRoot], banner: selfTypes('node') },
  // Types: a file per entry with nothing else of ours in it, so that Deno, which reads them through
  // the @ts-self-types comments, finds every declaration (a shared d.ts chunk is imported as a .js).
  { ...library, entry: { index: 'src/index.ts' }, dts: { only: true } },
  { ...library, entry: { node: 'src/node/index.ts' }, dts: { only: true } },
  {
    // The command line: Node only, ESM. test/package.test.ts checks that --help and --version load
    // neither entry of the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    splitting: true, // what a command loads when it runs (the renderer) is a chunk of its own
    target: 'node20',
    platform: 'node',
    silent: true,
    esbuildPlugins: [entriesFromDist],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
