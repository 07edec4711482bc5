// The root export's weight for planning tools in browsers (esbuild, minified, browser platform, gzip
// level 9): each export on its own, the whole root, and what the whole is made of, mathjs shown
// as its share of the root rather than as a baseline.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { kb } from './report.mjs';

async function weigh(options) {
  const result = await build({
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    metafile: true,
    ...options,
  });
  const output = result.outputFiles[0];
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { min: output.contents.length, gz: gzipSync(output.contents, { level: 9 }).length, inputs };
}

const fromDist = (contents) => weigh({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' } });

/** The package an input path belongs to: mathjs, zod, ... or this package's own code. */
function packageOf(path) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1] : 'staffing-model (src/)';
}

export async function bundleBench(report) {
  report.section('bundle size of the root export (esbuild, minified, browser, gzip -9)');
  const api = await import('../dist/index.js');
  const rows = [];
  for (const name of Object.keys(api).sort()) {
    const { min, gz } = await fromDist(`export { ${name} } from './dist/index.js';`);
    rows.push([`{ ${name} }`, kb(min), kb(gz)]);
  }
  const root = await fromDist(`export * from './dist/index.js';`);
  rows.push(['the whole root (export *)', kb(root.min), kb(root.gz)]);
  report.table(['import', 'minified', 'gzipped'], rows);

  // The same root bundled from src/, where esbuild sees each package's files: bytes per package.
  const fromSrc = await weigh({ entryPoints: ['src/index.ts'] });
  const withoutMathjs = await weigh({ entryPoints: ['src/index.ts'], external: ['mathjs'] });
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(fromSrc.inputs)) {
    byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytesInOutput);
  }
  const counted = [...byPackage.values()].reduce((a, b) => a + b, 0);
  const mathjsPackage = 'node_modules/mathjs/package.json';
  const mathjsDeps = existsSync(mathjsPackage) ? Object.keys(JSON.parse(readFileSync(mathjsPackage, 'utf8')).dependencies ?? {}) : [];
  const ofMathjs = (name) => name === 'mathjs' || mathjsDeps.includes(name);
  const mathjsMin = [...byPackage].filter(([name]) => ofMathjs(name)).reduce((sum, [, bytes]) => sum + bytes, 0);
  const share = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;
  const mathjsGz = fromSrc.gz - withoutMathjs.gz;
  report.note(
    `What the root is made of, bundled from src/ (${kb(fromSrc.min)} minified, ${kb(fromSrc.gz)} gzipped; from dist/: ${kb(root.min)}, ${kb(root.gz)}). ` +
      'Minified bytes by package come from esbuild\'s metafile; gzip does not split by package, so the gzipped share of mathjs is the root less the root built with mathjs left out.',
  );
  report.table(
    ['package', 'minified', 'share of the root'],
    [
      ...[...byPackage]
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => [name === 'mathjs' || !ofMathjs(name) ? name : `${name} (a dependency of mathjs)`, kb(bytes), share(bytes, counted)]),
      ['mathjs with its dependencies', kb(mathjsMin), share(mathjsMin, counted)],
    ],
  );
  report.table(
    ['gzipped', 'size', 'share'],
    [
      ['the whole root', kb(fromSrc.gz), '100%'],
      ['mathjs with its dependencies (the root less the root without them)', kb(mathjsGz), share(mathjsGz, fromSrc.gz)],
      ['everything else (the root with mathjs left out)', kb(withoutMathjs.gz), share(withoutMathjs.gz, fromSrc.gz)],
    ],
  );
}
