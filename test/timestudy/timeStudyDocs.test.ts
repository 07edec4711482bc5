/**
 * docs/time-study.md's CSV and command-line sections run, from the package root, and give what they
 * show: `expression; // => JSON` gives that value, a statement followed by `// throws Name: message`
 * throws it; the command shown prints the text shown, on stdout and on stderr.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import * as api from '../../src/index.js';
import * as node from '../../src/node/index.js';

const root = join(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/time-study.md'), 'utf8');
const csvSection = doc.slice(doc.indexOf('## Reading the log from CSV'), doc.indexOf('## Command line'));
const cliSection = doc.slice(doc.indexOf('## Command line'));

function checked(block: string): string {
  return block
    .replace(/^import .*$/gm, '')
    .replace(/^(.+?);\s*\/\/ => (.+)$/gm, (_, expression: string, shown: string) => `__equal(${expression}, ${JSON.stringify(shown)});`)
    .replace(/^(.+?);\n\/\/ throws (\w+): (.+)$/gm, (_, statement: string, name: string, message: string) =>
      `await __throws(async () => { ${statement}; }, ${JSON.stringify(name)}, ${JSON.stringify(message)});`);
}

it("docs/time-study.md: readTimeStudy's example gives what it shows", async () => {
  const [block] = [...csvSection.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
  let checks = 0;
  const equal = (value: unknown, shown: string) => {
    checks++;
    expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(shown));
  };
  const throws = async (statement: () => Promise<unknown>, name: string, message: string) => {
    checks++;
    await expect(statement()).rejects.toMatchObject({ name, message });
  };
  const lib = { ...api, ...node };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction('lib', '__equal', '__throws', `const { ${Object.keys(lib).join(', ')} } = lib;\n${checked(block!)}`)(lib, equal, throws);
  } finally {
    process.chdir(cwd);
  }
  expect(checks).toBe(8);
});

it("docs/time-study.md: the command prints what the page shows", async () => {
  const [, command] = [...cliSection.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());
  const [stdout, stderr] = [...cliSection.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const argv = command!.split(' ').slice(1);
  const scratch = mkdtempSync(join(tmpdir(), 'timestudy-docs-'));
  const out = { stdout: '', stderr: '' };
  const cwd = process.cwd();
  process.chdir(root);
  try {
    // -o model.json is written to a scratch folder, named as the page names it.
    const status = await run(argv.map((arg) => (arg === 'model.json' ? join(scratch, arg) : arg)), {
      stdout: (text) => (out.stdout += text),
      stderr: (text) => (out.stderr += text),
    });
    expect(status).toBe(0);
    expect(out.stdout.replace(join(scratch, 'model.json'), 'model.json')).toBe(stdout);
    expect(out.stderr).toBe(stderr);
    expect(JSON.parse(readFileSync(join(scratch, 'model.json'), 'utf8')).caseTypes[0].id).toBe('nd');
  } finally {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
  }
});
