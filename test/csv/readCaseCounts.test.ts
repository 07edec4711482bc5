/**
 * staffing-model/csv: the case-export reader without Node. Every fixture gives through a File, a Blob,
 * a web ReadableStream and bytes exactly what staffing-model/node's readCaseCounts gives from the
 * file: the same rules, the same scanner. (In a browser, without Node's Buffer: the planner's test in
 * test/browser/ and the Deno run below.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvInputError, readCaseCounts } from '../../src/csv/index.js';
import { readCaseCounts as readFromFile } from '../../src/node/index.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'fixtures/csv', name);
const map = JSON.parse(readFileSync(fixture('case-type-map.json'), 'utf8'));

/** The bytes of a file as a web stream in chunks of `size` bytes (splitting characters and line ends). */
function stream(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

const cases: [string, object][] = [
  ['cases.csv', { caseTypeMap: map }],
  ['cases-bom-crlf.csv', { caseTypeMap: map }],
  ['cases-quoted.csv', { caseTypeMap: map }],
  ['cases-semicolon.csv', { caseTypeMap: map, delimiter: ';' }],
  ['cr-line-ends.csv', {}],
  ['mixed-line-ends.csv', { onInvalid: 'skip' }],
  ['utf16be.csv', {}],
  ['cp1252-montreal.csv', { encoding: 'windows-1252' }],
  ['aggregated.csv', { countColumn: 'cases' }],
  ['quote-problems.csv', { onInvalid: 'skip' }],
];

describe('readCaseCounts (staffing-model/csv)', () => {
  it.each(cases)('%s: the same counts as from the file, through a File, a Blob, a stream and bytes', async (name, options) => {
    const expected = await readFromFile(fixture(name), options);
    const bytes = new Uint8Array(readFileSync(fixture(name)));
    const fromFile = await readCaseCounts(new File([bytes], name), options);
    expect(fromFile).toEqual(expected);
    expect(await readCaseCounts(new Blob([bytes]), options)).toEqual(expected);
    expect(await readCaseCounts(stream(bytes, 3), options)).toEqual(expected);
    expect(await readCaseCounts(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), options)).toEqual(expected);
  });

  it("names a File in its errors, as the node reader names a path", async () => {
    const bytes = readFileSync(fixture('cases-bad.csv'));
    const web = await readCaseCounts(new File([bytes], 'cases-bad.csv'), { caseTypeMap: map }).catch((error) => error);
    const node = await readFromFile(fixture('cases-bad.csv'), { caseTypeMap: map }).catch((error) => error);
    expect(web).toBeInstanceOf(CsvInputError);
    expect(web.message).toBe(node.message.replace(fixture('cases-bad.csv'), 'cases-bad.csv'));
  });

  it('refuses a path (Node reads files) and the csv-parse parser, saying which entry does', async () => {
    await expect(readCaseCounts('cases.csv' as never)).rejects.toThrow(
      'readCaseCounts (staffing-model/csv): source must be a File or Blob, a ReadableStream, bytes or an (async) iterable of text or bytes; a file path needs staffing-model/node, got the string "cases.csv"',
    );
    await expect(readCaseCounts(new Blob(['office,case_type\n']), { parser: 'csv-parse' })).rejects.toThrow(
      'parser: "csv-parse" needs Node (staffing-model/node); here the fast scanner reads',
    );
  });
});

describe.skipIf(!existsSync(join(root, 'node_modules/.bin/deno')))('in Deno, with its global Buffer taken away (as in a browser)', () => {
  it('the built entry gives the same counts', async () => {
    const script = `
      delete globalThis.Buffer;
      const { readCaseCounts } = await import("./dist/csv.js");
      const bytes = await Deno.readFile("fixtures/csv/cp1252-montreal.csv");
      const utf16 = await Deno.readFile("fixtures/csv/utf16be.csv");
      const bad = await readCaseCounts(new File([await Deno.readFile("fixtures/csv/cp1252-montreal.csv")], "m.csv")).catch((e) => e.message);
      console.log(JSON.stringify([await readCaseCounts(new File([bytes], "m.csv"), { encoding: "windows-1252" }), await readCaseCounts(new Blob([utf16])), bad]));
    `;
    const run = spawnSync(join(root, 'node_modules/.bin/deno'), ['run', '--allow-read', '--no-lock', '-'], { cwd: root, input: script, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [montreal, utf16, bad] = JSON.parse(run.stdout);
    expect(montreal).toEqual(JSON.parse(JSON.stringify(await readFromFile(fixture('cp1252-montreal.csv'), { encoding: 'windows-1252' }))));
    expect(utf16).toEqual(JSON.parse(JSON.stringify(await readFromFile(fixture('utf16be.csv')))));
    expect(bad).toBe('m.csv, line 3: the file is not UTF-8 (byte E9 is not UTF-8 text); give its encoding (the encoding option; CLI --encoding), such as windows-1252');
  });
});

describe('the staffing-model/csv entry', () => {
  it('is exported by name and bundles for the browser with nothing from Node', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "export { readCaseCounts } from 'staffing-model/csv';", resolveDir: root },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from ['"](node:|fs|path|buffer|stream)|require\(/);
  });
});
