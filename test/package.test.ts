/**
 * The package as users get it: the built ESM and CJS entries, the bin, bundles, Deno, and the
 * generated JSON Schema. `npm test` builds first (the pretest script).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { exportSize } from '../bench/exports.mjs';
import { ModelSchema } from '../src/index.js';
import { smallModel } from './helpers.js';
import { handLog } from './timestudy/handLog.js';

const root = join(import.meta.dirname, '..');
const dist = (file: string) => join(root, 'dist', file);
const require = createRequire(import.meta.url);
const scenarioFolder = join(root, 'fixtures/oig-17-51/scenario-folder');
/** Tests that start processes or bundlers: a shared machine can take a while. */
const SLOW = 120_000;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

/** Both builds of every entry. */
async function entries() {
  return {
    rootEsm: await import(dist('index.js')),
    nodeEsm: await import(dist('node.js')),
    csvEsm: await import(dist('csv.js')),
    rootCjs: require(dist('index.cjs')),
    nodeCjs: require(dist('node.cjs')),
    csvCjs: require(dist('csv.cjs')),
  };
}

/** What a file imports or requires, as written (`./csv-input-error.js`, `node:fs`). */
const importsOf = (text: string) => [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*)["']([^"']+)["']/g)].map((match) => match[1]!);

describe('the package', { timeout: SLOW }, () => {
  it('loads from ESM and CJS with the same results', async () => {
    const { rootEsm, rootCjs } = await entries();
    expect(rootEsm.assess(smallModel())).toEqual(rootCjs.assess(smallModel()));
    expect(Object.keys(rootEsm).sort()).toEqual(Object.keys(rootCjs).sort());
    // The same seed gives the same simulation from either build.
    const ranged = smallModel();
    ranged.caseTypes[0]!.tasks[0]!.time = { low: '20 min', mode: '30 min', high: '1 h' } as unknown as string;
    expect(rootEsm.simulate(ranged, { seed: 9, iterations: 500 })).toEqual(rootCjs.simulate(ranged, { seed: 9, iterations: 500 }));
  });

  it('loads staffing-model/node from ESM and CJS, and every build knows the models of the others', async () => {
    const { rootEsm, nodeEsm, nodeCjs } = await entries();
    const fromCjs = await nodeCjs.loadModel(scenarioFolder);
    // A model parsed by the CJS node entry is taken as parsed by the ESM root (not parsed again).
    expect(rootEsm.parseModel(fromCjs)).toBe(fromCjs);
    expect(rootEsm.assess(fromCjs)).toEqual(rootEsm.assess(await nodeEsm.loadModel(scenarioFolder)));
    const cases = join(root, 'fixtures/csv/cases.csv');
    expect(await nodeCjs.readCaseCounts(cases)).toEqual(await nodeEsm.readCaseCounts(cases));
    const log = join(root, 'fixtures/time-study/log.csv');
    expect(await nodeCjs.readTimeStudy(log)).toEqual(await nodeEsm.readTimeStudy(log));
  });

  it('has one ModelError and one CsvInputError class across entries and formats', async () => {
    const { rootEsm, nodeEsm, csvEsm: webEsm, rootCjs, nodeCjs, csvCjs: webCjs } = await entries();
    const file = join(mkdtempSync(join(tmpdir(), 'staffing-model-')), 'model.json');
    writeFileSync(file, JSON.stringify({ offices: 5 }));
    const fromNodeCjs = await nodeCjs.loadModel(file).catch((error: unknown) => error);
    const fromNodeEsm = await nodeEsm.loadModel(file).catch((error: unknown) => error);
    // Both entries export both classes; within a format they are the same class object.
    expect(nodeCjs.ModelError).toBe(rootCjs.ModelError);
    expect(nodeEsm.ModelError).toBe(rootEsm.ModelError);
    expect(rootCjs.CsvInputError).toBe(nodeCjs.CsvInputError);
    expect(rootEsm.CsvInputError).toBe(nodeEsm.CsvInputError);
    expect(nodeEsm.formatPath).toBe(rootEsm.formatPath);
    expect(fromNodeCjs.constructor).toBe(nodeCjs.ModelError);
    expect(fromNodeEsm.constructor).toBe(nodeEsm.ModelError);
    // Across formats (and any other copy), instanceof holds.
    for (const error of [fromNodeCjs, fromNodeEsm]) {
      expect(error).toBeInstanceOf(rootCjs.ModelError);
      expect(error).toBeInstanceOf(rootEsm.ModelError);
      expect(error.issues).toEqual([{ path: ['offices'], message: 'expected an array, got 5' }]);
      // Printed under its own name (a bundler renames a class that names itself in its body).
      expect(inspect(error).split('\n')[0]).toBe('ModelError: offices: expected an array, got 5');
    }
    const missing = join(root, 'fixtures/csv/no-such-file.csv');
    const csvCjs = await nodeCjs.readCaseCounts(missing).catch((error: unknown) => error);
    const csvEsm = await nodeEsm.readCaseCounts(missing).catch((error: unknown) => error);
    for (const error of [csvCjs, csvEsm]) {
      expect(inspect(error).split('\n')[0]).toBe(`CsvInputError: ${missing}: cannot read the file (ENOENT)`);
      expect(error).toBeInstanceOf(nodeCjs.CsvInputError);
      expect(error).toBeInstanceOf(nodeEsm.CsvInputError);
      expect(error).toBeInstanceOf(rootCjs.CsvInputError);
      expect(error).toBeInstanceOf(rootEsm.CsvInputError);
      expect(error).not.toBeInstanceOf(rootEsm.ModelError);
      expect(error).not.toBeInstanceOf(nodeCjs.ModelError);
    }
    // staffing-model/csv and staffing-model/node share the class within a format (dist/csv-input-error),
    // and an error of either reader is an instance of all four.
    expect(webEsm.CsvInputError).toBe(nodeEsm.CsvInputError);
    expect(webCjs.CsvInputError).toBe(nodeCjs.CsvInputError);
    const noCaseType = new File(['office\ndc\n'], 'm.csv');
    const browserEsm = await webEsm.readCaseCounts(noCaseType).catch((error: unknown) => error);
    const browserCjs = await webCjs.readCaseCounts(noCaseType).catch((error: unknown) => error);
    expect(browserEsm.constructor).toBe(nodeEsm.CsvInputError);
    expect(browserCjs.constructor).toBe(nodeCjs.CsvInputError);
    for (const error of [browserEsm, browserCjs, csvCjs, csvEsm]) {
      for (const CsvInputError of [nodeCjs.CsvInputError, nodeEsm.CsvInputError, webCjs.CsvInputError, webEsm.CsvInputError]) expect(error).toBeInstanceOf(CsvInputError);
    }
    expect(inspect(browserCjs).split('\n')[0]).toBe('CsvInputError: m.csv, line 1: the header has no column "case_type" (columns: "office")');
    const placed = new nodeCjs.CsvInputError('expected 2 fields, found 1', { line: 2 }).inFile('in.csv');
    expect(inspect(placed).split('\n')[0]).toBe('CsvInputError: in.csv, line 2: expected 2 fields, found 1');
    // Other errors are not ModelErrors, and a subclass keeps the ordinary test.
    expect(new Error('x')).not.toBeInstanceOf(rootCjs.ModelError);
    expect(new RangeError('x')).not.toBeInstanceOf(nodeEsm.CsvInputError);
    const ModelError = rootEsm.ModelError as typeof import('../src/index.js').ModelError;
    class Stricter extends ModelError {}
    expect(new Stricter([])).toBeInstanceOf(rootCjs.ModelError);
    expect(new ModelError([])).not.toBeInstanceOf(Stricter);
  });

  it('prints every result as plain objects: no [Object: null prototype] in util.inspect', async () => {
    const { rootEsm, nodeEsm, csvEsm, rootCjs, csvCjs } = await entries();
    for (const [lib, web] of [[rootEsm, csvEsm], [rootCjs, csvCjs]]) {
      const model = await nodeEsm.loadModel(scenarioFolder);
      const counts = await nodeEsm.readCaseCounts(join(root, 'fixtures/csv/cases.csv'), { caseTypeMap: { ND: 'non-detained', DET: 'detained' } });
      const ranged = JSON.parse(readFileSync(join(root, 'fixtures/uncertainty/ranged.json'), 'utf8'));
      const window = JSON.parse(readFileSync(join(root, 'fixtures/queueing/check-in-window.json'), 'utf8'));
      const study = lib.summarizeTimeStudy(handLog, { studyWorkdays: 4, caseloads: { nd: 100, det: 20 }, workdaysPerYear: 200 });
      const results = {
        parseModel: lib.parseModel(smallModel()),
        loadModel: model,
        assess: lib.assess(model, { vacancyRate: 0.2 }),
        officerYear: lib.officerYear(model),
        caseWeights: lib.caseWeights(model),
        apportion: lib.apportion({ a: 1, constructor: 2 }, 3),
        allocateOfficers: lib.allocateOfficers(model, 30),
        allocateHires: lib.allocateHires(model, 5),
        balanceCaseload: lib.balanceCaseload([{ id: 'x', hours: 2 }, { id: 'y', hours: 1 }], 2),
        coverage: lib.coverage(model),
        readCaseCounts: counts,
        withCaseCounts: lib.withCaseCounts(model, counts.counts),
        simulate: lib.simulate(ranged, { iterations: 50, seed: 1 }),
        sensitivity: lib.sensitivity(ranged),
        hiringPlan: lib.hiringPlan(model, { years: 2, docketGrowth: 0.05, attritionRate: 0.05, trainingMonths: 6 }),
        erlangC: lib.erlangC({ arrivalRate: 10, handleTime: '15 min', targetWait: '5 min', serviceLevel: 0.8 }),
        windowDuty: lib.windowDuty(window, 'dc', { openHoursPerWeek: 40, targetWait: '5 min', serviceLevel: 0.8 }),
        summarizeTimeStudy: study,
        timeStudyModel: lib.timeStudyModel(study),
        // staffing-model/csv's reader, and the report's charts with every optional result.
        readCaseCountsWeb: await web.readCaseCounts(new File([readFileSync(join(root, 'fixtures/csv/cases.csv'))], 'cases.csv'), { caseTypeMap: { ND: 'non-detained', DET: 'detained' } }),
        reportCharts: lib.reportCharts(
          { model: ranged },
          { simulation: lib.simulate(ranged, { iterations: 50, seed: 1 }), sensitivity: lib.sensitivity(ranged), plan: lib.hiringPlan(ranged, { years: 2, docketGrowth: 0.05, attritionRate: 0.05, trainingMonths: 6 }) },
        ),
      };
      for (const [name, result] of Object.entries(results)) {
        expect(inspect(result, { depth: Infinity }), name).not.toMatch(/null prototype/);
      }
      // A record prints as the plain object it is, and still has no Object.prototype members.
      const weights = results.assess.weights;
      expect(inspect(weights)).toBe(inspect({ ...weights }));
      expect(inspect(results.apportion)).toBe('{ a: 1, constructor: 2 }');
      expect([weights.constructor, weights.toString, 'hasOwnProperty' in weights]).toEqual([undefined, undefined, false]);
    }
  });

  it('ships types for every entry and every resolution mode (node10 through typesVersions)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const entry of ['.', './node', './csv']) {
      for (const condition of ['import', 'require']) expect(statSync(join(root, pkg.exports[entry][condition].types)).isFile()).toBe(true);
    }
    expect(statSync(join(root, pkg.types)).isFile()).toBe(true);
    // node10 has no exports: typesVersions maps each subpath to its types.
    expect(Object.keys(pkg.typesVersions['*']).sort()).toEqual(['csv', 'node']);
    for (const subpath of ['node', 'csv']) expect(pkg.typesVersions['*'][subpath]).toEqual([pkg.exports[`./${subpath}`].import.types]);
    // Deno reads an ESM file's types from this comment.
    for (const entry of ['index', 'node', 'csv']) expect(readFileSync(dist(`${entry}.js`), 'utf8').split('\n')[0]).toBe(`// @ts-self-types="./${entry}.d.ts"`);
  });

  it('keeps Node-only imports out of the core', () => {
    const core = sourceFiles(join(root, 'src')).filter((file) => !/[\\/]src[\\/](cli|node)[\\/]/.test(file));
    for (const file of core) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"](node:|fs|path|os|stream|child_process)|\bprocess\.|\bBuffer\b|\brequire\(/);
    }
  });

  it('keeps Node out of staffing-model/csv: its sources and its built files', async () => {
    // Every module of src/ that the entry reaches (src/node/csv/ among them), as a bundler finds them.
    const { metafile } = await build({ entryPoints: [join(root, 'src/csv/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const sources = Object.keys(metafile.inputs).filter((file) => file.startsWith('src/'));
    expect(sources).toContain('src/node/csv/readRecords.ts');
    for (const file of sources) {
      // bytes.ts uses Buffer only when globalThis has one (Node); the Deno test of test/csv takes it away.
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/from ['"](node:|fs|path|os|stream|buffer|child_process)|\bprocess\.|\brequire\(/);
    }
    // The built entry imports only the shared error class: not staffing-model/node, nor anything of Node.
    for (const file of ['csv.js', 'csv.cjs']) expect(new Set(importsOf(readFileSync(dist(file), 'utf8'))), file).toEqual(new Set([`./csv-input-error.${file.split('.')[1]}`]));
    for (const file of ['csv-input-error.js', 'csv-input-error.cjs']) expect(importsOf(readFileSync(dist(file), 'utf8')), file).toEqual([]);
  });

  it('bundles for the browser from the root export', async () => {
    const result = await build({
      entryPoints: [dist('index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
  });

  it('leaves the unit parser (mathjs) out of a bundle that uses only apportion, balanceCaseload or toCsv', async () => {
    for (const name of ['apportion', 'balanceCaseload', 'toCsv']) {
      const size = await exportSize(name);
      expect(size.mathjs, name).toBe(0);
      expect(size.min, name).toBeLessThan(10_000);
    }
    // The check sees mathjs where it is: assess reads units.
    expect((await exportSize('assess')).mathjs).toBeGreaterThan(100_000);
  });

  it('has an up-to-date JSON Schema in docs/ (npm run schema writes it), also from the built schema', async () => {
    const written = JSON.parse(readFileSync(join(root, 'docs/model.schema.json'), 'utf8'));
    const { title: _title, description: _description, ...schema } = written;
    expect(schema).toEqual(JSON.parse(JSON.stringify(toJSONSchema(ModelSchema, { io: 'input' }))));
    // dist bundles the zod it uses; the schema works with the zod a user has.
    const built = (await import(dist('index.js'))).ModelSchema;
    expect(JSON.parse(JSON.stringify(toJSONSchema(built, { io: 'input' })))).toEqual(schema);
  });
});

describe('the built command line', { timeout: SLOW }, () => {
  const cli = dist('cli.js');

  it('runs; a user error exits 2 with no stack trace', () => {
    expect(execFileSync('node', [cli, 'demo'], { encoding: 'utf8' })).toContain('washington-dc');
    const bad = spawnSync('node', [cli, 'assess', 'nowhere.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('staffing-model: nowhere.json: cannot read the file (ENOENT)\n');
  });

  it('ends quietly with exit 0 when the reader stops reading (| head)', () => {
    // 3,000 offices: about 1 MB of table, far past a pipe's 64 KB.
    const dir = mkdtempSync(join(tmpdir(), 'staffing-model-'));
    const model = {
      caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [{ name: 'check-in', time: '20 min', every: '90 days' }] }],
      offices: Array.from({ length: 3000 }, (_, i) => ({ id: `office-${i}`, officers: { 'non-detained': 3 }, cases: { nd: 1000 + i } })),
    };
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    const result = spawnSync('bash', ['-c', `node "${cli}" assess "${join(dir, 'model.json')}" | head -n 3; echo "exit $\{PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(result.stdout).toBe('Staffing assessment\n\nCase hours per officer a year: 2080.0. Hours per case a year: nd 1.35 h.\n');
    expect(result.stderr).toBe('exit 0\n');
  });

  it('prints --help and --version without loading the library or the unit parser', () => {
    const dir = mkdtempSync(join(tmpdir(), 'staffing-model-'));
    // A module hook that writes down every module Node loads.
    writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADED, `${url}\\n`); return next(url, context); }\n");
    writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
    const loaded = (...args: string[]) => {
      const log = join(dir, `${args.join('-')}.log`);
      writeFileSync(log, '');
      const run = spawnSync('node', ['--import', pathToFileURL(join(dir, 'register.mjs')).href, cli, ...args], { encoding: 'utf8', env: { ...process.env, LOADED: log } });
      expect(run.status).toBe(0);
      return readFileSync(log, 'utf8').split('\n').filter((url) => url.includes('/dist/'));
    };
    const library = /dist\/(index|node|mathjs-units|model-schema)\.js$/;
    for (const args of [['--help'], ['--version'], ['assess', '--help']]) {
      const urls = loaded(...args);
      expect(urls.some((url) => url.endsWith('/dist/cli.js')), args.join(' ')).toBe(true);
      expect(urls.filter((url) => library.test(url)), args.join(' ')).toEqual([]);
    }
    // The hook sees the library where it is loaded: a command that runs.
    expect(loaded('demo').filter((url) => /mathjs-units\.js$/.test(url))).toHaveLength(1);
  });
});

/** deno, from node_modules/.bin (the devDependency) or the PATH; undefined when there is none. */
function findDeno(): string | undefined {
  const path = [join(root, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter);
  const probe = spawnSync('deno', ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: path } });
  return probe.status === 0 ? path : undefined;
}

describe('in Deno', { timeout: SLOW }, () => {
  const denoPath = findDeno();
  if (denoPath === undefined) {
    const message = 'skipped: deno is not installed (npm install installs it as a devDependency)';
    console.warn(message);
    it.skip(message, () => {});
    return;
  }

  it("runs the README's library example, type-checked through @ts-self-types, with Node's results", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /## Library\s+```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const importLine = /^import \{([^}]*)\} from 'staffing-model';$/m.exec(example)!;
    const body = example.replace(importLine[0], '');
    const results = "{ caseHours: officerYear(model).caseHours, achievable: achievableCaseload(model, 'nd'), rows, unsourced }";

    const names = importLine[1]!.split(',').map((name) => name.trim());
    const api = await import(dist('index.js'));
    const inNode = new Function(...names, `${body}\nreturn ${results};`)(...names.map((name) => api[name]));

    // Deno finds the package's dependencies from the package.json above the script: the script is in
    // the repository, in a folder that is removed afterwards.
    const dir = mkdtempSync(join(root, '.deno-test-'));
    try {
      mkdirSync(dir, { recursive: true });
      const script = join(dir, 'readme-example.ts');
      writeFileSync(
        script,
        `import {${importLine[1]}} from ${JSON.stringify(pathToFileURL(dist('index.js')).href)};\n${body}\n` +
          `console.log(JSON.stringify(${results}));\nconsole.log(Deno.inspect(assess(model), { depth: 10 }));\n`,
      );
      const run = spawnSync('deno', ['run', '--check', '--allow-read', script], { encoding: 'utf8', env: { ...process.env, PATH: denoPath, NO_COLOR: '1' } });
      expect(run.stderr.replace(/^Check .*\n/m, '')).toBe('');
      expect(run.status).toBe(0);
      const [json, ...printed] = run.stdout.split('\n');
      expect(JSON.parse(json!)).toEqual(JSON.parse(JSON.stringify(inNode)));
      expect(printed.join('\n')).toContain('weights: { nd: 1.952');
      expect(printed.join('\n')).not.toMatch(/null prototype/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
