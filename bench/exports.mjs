// What each export costs a bundle on its own: `import { apportion } from 'staffing-model'` bundled,
// minified and gzipped by esbuild, and how much of that is mathjs (the unit parser). An app that uses
// only `apportion`, `balanceCaseload` or `toCsv` must not pay for the unit parser.
//
// `exportSizes()` is for bench/run.mjs; `node bench/exports.mjs` (npm run size) prints the table.
// Both read the built package: run `npm run build` first.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = import.meta.dirname;
const root = join(here, '..');

/**
 * The entries as a user imports them: the root and staffing-model/csv run in browsers,
 * staffing-model/node in Node.
 */
const ENTRIES = [
  { specifier: 'staffing-model', file: 'dist/index.js', platform: 'browser' },
  { specifier: 'staffing-model/node', file: 'dist/node.js', platform: 'node' },
  { specifier: 'staffing-model/csv', file: 'dist/csv.js', platform: 'browser' },
];

/** Exports that must bundle without mathjs (issue 9): they never read a unit. */
export const WITHOUT_UNIT_PARSER = ['apportion', 'balanceCaseload', 'toCsv'];

/** Bundles `contents` as an app would; bytes minified and gzipped, and the bytes that came from mathjs. */
async function weigh(contents, platform) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  const mathjs = inputs.filter(([file]) => file.includes('mathjs')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, mathjs };
}

/**
 * One export of an entry (`*` for all of it), bundled alone as an app would.
 *
 * @returns {Promise<{ min: number, gzip: number, mathjs: number }>} bytes minified and gzipped, and the
 *   minified bytes that came from mathjs
 */
export async function exportSize(name, specifier = 'staffing-model') {
  const { file, platform } = ENTRIES.find((entry) => entry.specifier === specifier);
  const path = JSON.stringify(join(root, file));
  return weigh(name === '*' ? `export * from ${path};` : `export { ${name} } from ${path};`, platform);
}

/**
 * Every runtime export of every entry, bundled alone, then each entry whole.
 *
 * @returns {Promise<{ entry: string, name: string, min: number, gzip: number, mathjs: number }[]>}
 *   sizes in bytes; `name` is `*` for the whole entry; `mathjs` is the minified bytes from mathjs
 */
export async function exportSizes() {
  const sizes = [];
  for (const { specifier, file } of ENTRIES) {
    const names = Object.keys(await import(pathToFileURL(join(root, file)).href)).sort();
    for (const name of [...names, '*']) sizes.push({ entry: specifier, name, ...(await exportSize(name, specifier)) });
  }
  return sizes;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The sizes as a Markdown table. */
export function exportSizesTable(sizes) {
  const lines = ['| entry | export | minified | gzipped | of it mathjs |', '| :-- | :-- | --: | --: | --: |'];
  for (const size of sizes) {
    lines.push(`| ${size.entry} | ${size.name === '*' ? '(all)' : `\`${size.name}\``} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.mathjs)} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sizes = await exportSizes();
  console.log(`Each export bundled alone (esbuild, minified; staffing-model ${version})\n`);
  console.log(exportSizesTable(sizes));
  const heavy = sizes.filter((size) => size.entry === 'staffing-model' && WITHOUT_UNIT_PARSER.includes(size.name) && size.mathjs > 0);
  if (heavy.length > 0) {
    console.error(`\nmathjs is in the bundle of ${heavy.map((size) => size.name).join(', ')}`);
    process.exitCode = 1;
  }
}
