// Builds the planning page into examples/planner/dist/: index.html, planner.css and planner.js, one
// classic script (so the page also works opened from disk), importing staffing-model as a planning
// tool would. `npm run planner` runs it after building the package.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: join(out, 'planner.js'),
  metafile: true,
  logLevel: 'warning',
});
for (const file of ['index.html', 'planner.css']) copyFileSync(join(here, file), join(out, file));
const bytes = Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.bytes ?? 0;
console.log(`examples/planner/dist: planner.js ${(bytes / 1024).toFixed(0)} KB`);
