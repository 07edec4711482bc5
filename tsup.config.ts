import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// `npm run build` empties dist/ first; the builds run at once, so none cleans.
//
// dist/ holds the package in ESM (.js) and CommonJS (.cjs):
//   index, node, csv
//                 the root export (no Node-only code), staffing-model/node, and staffing-model/csv
//                 (reads a case export without Node: browsers, Deno, workers)
//   model-error, csv-input-error, mathjs-units, zod-mini, model-schema, report-options-schema,
//   simple-statistics
//                 modules built into files of their own (OWN_FILES), which every other file imports:
//                 - one ModelError class whichever entry threw it, and one CsvInputError class for
//                   staffing-model/node and staffing-model/csv (CommonJS has no shared chunks
//                   without tsup's experimental splitting, which rewrites the code with sucrase);
//                 - one unit parser, one schema and one zod, however many entries are loaded;
//                 - modules whose loading does work, so that a bundle that does not use them (one
//                   that uses only apportion, balanceCaseload or toCsv) drops the file ("sideEffects":
//                   false); bench/exports.mjs weighs each export.
//   cli           the command line (ESM only): loads index and node when a command runs, not for
//                 --help or --version

const src = join(import.meta.dirname, 'src');

/** Where a source file is, as `model/units` (no extension). */
const inSrc = (file: string) => relative(src, file).split(sep).join('/').replace(/\.[jt]s$/, '');

/**
 * The modules built into files of their own: the source they come from (a place in src/, or a
 * package), the entry that builds the file, and the packages bundled into it.
 * - mathjs: its package entry loads all of mathjs (about 90 MB of memory in Node); bundled, only its
 *   unit parser ships (see the commit that bundled it for the numbers).
 * - zod: `zod/mini` loads every locale of zod's messages, about 120 files: importing the schema took
 *   about 6 times the CPU time of the schema bundled with the part of zod it uses (measured: 175 ms
 *   against 27 ms under load). That part (src/internal/zodMini.ts) is one file that the schema,
 *   parseModel's count reader (a type guard) and the report's options schema share; each bundled its
 *   own copy before (136 KB to compile on every import; the count reader was a file of its own for
 *   that). zod stays a dependency: the types (ModelInput) are zod's.
 * - simple-statistics: its package entry is one 167 KB file that runs code when it loads and does not
 *   declare itself free of side effects; bundled from its modules (simpleStatisticsModules), only the
 *   functions src/internal/simpleStatistics.ts lists ship.
 * `compact` files (third-party code only) are built with whitespace and syntax minified, names kept:
 * Node compiles every byte of a file it imports, comments too (and decodes a file with a non-ASCII
 * comment the slow way), so mathjs-units went from 482 to 316 KB (measured: about 10 ms of CPU less per
 * import); kept names keep stack traces readable and bench/loadTrace.mjs's test for BASE_UNITS.
 */
const OWN_FILES: Record<string, { entry: string; file: string; bundled?: string[]; compact?: boolean }> = {
  'model/ModelError': { entry: 'src/model/ModelError.ts', file: 'model-error' },
  'node/CsvInputError': { entry: 'src/node/CsvInputError.ts', file: 'csv-input-error' },
  mathjs: { entry: 'src/internal/mathjsUnits.ts', file: 'mathjs-units', bundled: ['mathjs'], compact: true },
  'zod/mini': { entry: 'src/internal/zodMini.ts', file: 'zod-mini', bundled: ['zod'], compact: true },
  'model/schema': { entry: 'src/model/schema.ts', file: 'model-schema' },
  // renderReport's options, checked by a zod schema: dropped by bundles without a report.
  'report/optionsSchema': { entry: 'src/report/optionsSchema.ts', file: 'report-options-schema' },
  'internal/simpleStatistics': { entry: 'src/internal/simpleStatistics.ts', file: 'simple-statistics', bundled: ['simple-statistics'] },
};
/** The packages of OWN_FILES (the others are places in src/). */
const PACKAGES = Object.keys(OWN_FILES).filter((source) => !existsSync(join(src, `${source}.ts`)));

/**
 * Resolves an import of a module of OWN_FILES (but `own`, the one being built), and those `extra`
 * names, to its file in dist/ instead of bundling it. `extra(importer, resolved)` takes places in src/
 * (see inSrc).
 */
function fromDist(extra: (importer: string, resolved: string) => string | undefined = () => undefined, own?: string): Plugin {
  return {
    name: 'from-dist',
    setup(build) {
      const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      const filter = new RegExp(`^(\\.|(${PACKAGES.join('|')})$)`);
      build.onResolve({ filter }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const resolved = args.path.startsWith('.') ? inSrc(join(args.resolveDir, args.path)) : args.path;
        if (resolved === own) return undefined;
        const file = Object.hasOwn(OWN_FILES, resolved) ? OWN_FILES[resolved]!.file : extra(inSrc(args.importer), resolved);
        return file === undefined ? undefined : { path: `./${file}${extension}`, external: true };
      });
    },
  };
}

/** The command line: the library's two entries, loaded on demand, are the built ones. */
const entriesFromDist = fromDist((importer, resolved) => {
  if (!importer.startsWith('cli/')) return undefined;
  return resolved === 'index' ? 'index' : resolved === 'node/index' ? 'node' : undefined;
});

/**
 * simple-statistics bundled from its modules (the package's `source`, a module a function), each
 * marked free of side effects, so that only the modules of the functions used are bundled. Its
 * one-file build fills a normal table when it loads, which none of the functions used reads: that
 * loop was about 10 ms of CPU time on every import of staffing-model (measured, loader warm).
 */
const simpleStatisticsModules: Plugin = {
  name: 'simple-statistics-modules',
  setup(build) {
    const manifest = createRequire(import.meta.url).resolve('simple-statistics/package.json');
    const root = dirname(manifest);
    const { source } = JSON.parse(readFileSync(manifest, 'utf8')) as { source: string };
    build.onResolve({ filter: /^simple-statistics$/ }, () => ({ path: join(root, source), sideEffects: false }));
    build.onResolve({ filter: /^\./ }, (args) => (args.importer.startsWith(root + sep) ? { path: join(args.resolveDir, args.path), sideEffects: false } : undefined));
  },
};

const library: Options = {
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
  silent: true,
  // The packages of OWN_FILES: tsup's rule that dependencies stay imported would win over fromDist.
  // (Each own file's build lists them too, so that it imports the others rather than bundling them.)
  // And zod: `zod/mini` is dist/zod-mini.js (a package of OWN_FILES); any other import of zod is
  // bundled, not imported, or it would load zod whole.
  // And pure-rand (the seeded generator, 5 KB): imported, Node resolved its two modules in
  // node_modules on every import of the package, about 10 ms of CPU time (measured, loader warm).
  noExternal: [...PACKAGES, 'zod', 'pure-rand'],
  esbuildPlugins: [fromDist()],
};

/** Deno (and tools that follow it) read the types of an ESM file from this comment. */
const selfTypes = (name: string): Options['banner'] => (ctx) => (ctx.format === 'esm' ? { js: `// @ts-self-types="./${name}.d.ts"` } : {});

export default defineConfig([
  ...Object.entries(OWN_FILES).map(
    ([source, { entry, file, bundled = [], compact = false }]): Options => ({
      ...library,
      entry: { [file]: entry },
      noExternal: [...bundled, ...PACKAGES],
      esbuildPlugins: [fromDist(undefined, source), ...(bundled.includes('simple-statistics') ? [simpleStatisticsModules] : [])],
      ...(compact ? { minifyWhitespace: true, minifySyntax: true } : {}),
    }),
  ),
  { ...library, entry: { index: 'src/index.ts' }, banner: selfTypes('index') },
  { ...library, entry: { node: 'src/node/index.ts' }, banner: selfTypes('node') },
  { ...library, entry: { csv: 'src/csv/index.ts' }, banner: selfTypes('csv') },
  // Types: a file per entry with nothing else of ours in it, so that Deno, which reads them through
  // the @ts-self-types comments, finds every declaration (a shared d.ts chunk is imported as a .js).
  { ...library, entry: { index: 'src/index.ts' }, dts: { only: true } },
  { ...library, entry: { node: 'src/node/index.ts' }, dts: { only: true } },
  { ...library, entry: { csv: 'src/csv/index.ts' }, dts: { only: true } },
  {
    // The command line: Node only, ESM. test/package.test.ts checks that --help and --version load
    // neither entry of the library, nor the unit parser.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    splitting: true, // what a command loads when it runs (the renderer) is a chunk of its own
    target: 'node20',
    platform: 'node',
    silent: true,
    noExternal: PACKAGES,
    esbuildPlugins: [entriesFromDist],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
