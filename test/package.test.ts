/**
 * The package as users get it: the built ESM and CJS entries, the bin, the browser bundle, and the
 * generated JSON Schema. `npm test` builds first (the pretest script).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { ModelSchema } from '../src/index.js';
import { smallModel } from './helpers.js';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

describe('the package', () => {
  it('loads from ESM and CJS with the same results', async () => {
    const esm = await import(join(root, 'dist/index.js'));
    const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs'));
    expect(esm.assess(smallModel())).toEqual(cjs.assess(smallModel()));
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    // The same seed gives the same simulation from either build (each bundles its own d3-random).
    const ranged = smallModel();
    ranged.caseTypes[0]!.tasks[0]!.time = { low: '20 min', mode: '30 min', high: '1 h' } as unknown as string;
    expect(esm.simulate(ranged, { seed: 9, iterations: 500 })).toEqual(cjs.simulate(ranged, { seed: 9, iterations: 500 }));
  });

  it('loads staffing-model/node from ESM and CJS, and every build knows the models of the others', async () => {
    const require = createRequire(import.meta.url);
    const nodeCjs = require(join(root, 'dist/node.cjs'));
    const nodeEsm = await import(join(root, 'dist/node.js'));
    const rootEsm = await import(join(root, 'dist/index.js'));
    const scenario = join(root, 'fixtures/oig-17-51/scenario-folder');
    const fromCjs = await nodeCjs.loadModel(scenario);
    // A model parsed by the CJS node entry is taken as parsed by the ESM root (not parsed again).
    expect(rootEsm.parseModel(fromCjs)).toBe(fromCjs);
    expect(rootEsm.assess(fromCjs)).toEqual(rootEsm.assess(await nodeEsm.loadModel(scenario)));
    const cases = join(root, 'fixtures/csv/cases.csv');
    expect(await nodeCjs.readCaseCounts(cases)).toEqual(await nodeEsm.readCaseCounts(cases));
  });

  it('ships types for both', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(statSync(join(root, pkg.exports['.'].import.types)).isFile()).toBe(true);
    expect(statSync(join(root, pkg.exports['.'].require.types)).isFile()).toBe(true);
    expect(statSync(join(root, pkg.exports['./node'].import.types)).isFile()).toBe(true);
    expect(statSync(join(root, pkg.exports['./node'].require.types)).isFile()).toBe(true);
  });

  it('keeps Node-only imports out of the core', () => {
    const core = sourceFiles(join(root, 'src')).filter((file) => !/[\\/]src[\\/](cli|node)[\\/]/.test(file));
    for (const file of core) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"](node:|fs|path|os|stream|child_process)|\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });

  it('bundles for the browser from the root export', async () => {
    const result = await build({
      entryPoints: [join(root, 'dist/index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
  });

  it('runs the built command line: a user error exits 2 with no stack trace', () => {
    const cli = join(root, 'dist/cli.js');
    expect(execFileSync('node', [cli, 'demo'], { encoding: 'utf8' })).toContain('washington-dc');
    const bad = spawnSync('node', [cli, 'assess', 'nowhere.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('staffing-model: nowhere.json: cannot read the model (ENOENT)\n');
  });

  it('has an up-to-date JSON Schema in docs/ (npm run schema writes it)', () => {
    const written = JSON.parse(readFileSync(join(root, 'docs/model.schema.json'), 'utf8'));
    const { title: _title, description: _description, ...schema } = written;
    expect(schema).toEqual(JSON.parse(JSON.stringify(toJSONSchema(ModelSchema, { io: 'input' }))));
  });
});
